; Windows installer for the frozen one-dir bundle. Built by installer/build.py on Windows:
;   makensis /DBUNDLE=dist\kiosk-desktop installer\kiosk-desktop.nsi
Unicode true
!include "MUI2.nsh"

!ifndef BUNDLE
  !define BUNDLE "..\dist\kiosk-desktop"
!endif
!define APP "Một Cửa"
!define EXE "kiosk-desktop.exe"

Name "${APP}"
OutFile "..\dist\MotCua-Setup.exe"
InstallDir "$PROGRAMFILES64\MotCua"
RequestExecutionLevel admin

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APP}"
  ; the data (SQLite file, logs) lives in the user's profile, never in Program Files
  CreateShortCut "$SMPROGRAMS\${APP}\${APP} - chạy thử.lnk" "$INSTDIR\${EXE}" "demo"
  CreateShortCut "$SMPROGRAMS\${APP}\Gỡ cài đặt.lnk" "$INSTDIR\Uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\MotCua" "DisplayName" "${APP}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\MotCua" "UninstallString" "$INSTDIR\Uninstall.exe"
SectionEnd

Section "Uninstall"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\MotCua"
SectionEnd
