"""Line protocols shipped with the program. No standard exists for queue LED boards and keypads;
these three cover the common shapes (plain ASCII lines, STX/ETX frames with a raw or hex checksum),
and any field can be changed in the settings (`[serial_devices.protocol]`)."""

from __future__ import annotations

from devices.serial.drivers import LineProtocol

_DIGIT_KEYS = {"1": "next", "2": "recall", "3": "no_show", "4": "finish", "5": "transfer"}

ASCII_LINES = LineProtocol(
    show="{address:02d}S{number:>6}<CR><LF>",
    blank="{address:02d}C<CR><LF>",
    blink="{address:02d}B{number:>6}<CR><LF>",
    key="{address:02d}K{key:1}{argument}<CR><LF>",
    rating="{address:02d}R{level}<CR><LF>",
    # Letters staff can read off the keypad label: Next, Recall, Vắng, Finish, Transfer.
    keys={"N": "next", "R": "recall", "V": "no_show", "F": "finish", "T": "transfer"},
)

STX_ETX_XOR = LineProtocol(
    show="<STX>{address:02d}S{number:>6}<ETX>{checksum}",
    blank="<STX>{address:02d}C<ETX>{checksum}",
    blink="<STX>{address:02d}B{number:>6}<ETX>{checksum}",
    key="<STX>{address:02d}K{key:1}{argument}<ETX>{checksum}",
    rating="<STX>{address:02d}R{level:1}<ETX>{checksum}",
    checksum="xor",
    keys=_DIGIT_KEYS,
)

STX_ETX_SUM_HEX = LineProtocol(
    show="<STX>{address:03d}D{number:>6}<ETX>{checksum}",
    blank="<STX>{address:03d}C<ETX>{checksum}",
    blink="<STX>{address:03d}F{number:>6}<ETX>{checksum}",
    key="<STX>{address:03d}K{key:1}{argument}<ETX>{checksum}",
    rating="<STX>{address:03d}V{level:1}<ETX>{checksum}",
    checksum="sum-hex",
    keys=_DIGIT_KEYS,
)

PRESETS = {"ascii": ASCII_LINES, "stx-etx": STX_ETX_XOR, "stx-etx-hex": STX_ETX_SUM_HEX}
