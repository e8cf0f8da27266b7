<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Counter</name>
    <message>
        <source>Gọi số tiếp theo</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Gọi lại</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Chuyển dịch vụ…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Tạm gác…</source>
        <translation>Park…</translation>
    </message>
    <message>
        <source>Gọi theo số…</source>
        <translation>Call by number…</translation>
    </message>
    <message>
        <source>Tạm dừng quầy…</source>
        <translation>Pause counter…</translation>
    </message>
    <message>
        <source>Làm việc trở lại</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Tạm gác</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Công dân tạm rời quầy vì:</source>
        <translation>The citizen steps away to:</translation>
    </message>
    <message>
        <source>Bổ sung giấy tờ</source>
        <translation>Fetch a missing paper</translation>
    </message>
    <message>
        <source>Sao chụp giấy tờ</source>
        <translation>Make copies</translation>
    </message>
    <message>
        <source>Nộp phí, lệ phí</source>
        <translation>Pay the fee</translation>
    </message>
    <message>
        <source>Chờ ý kiến lãnh đạo</source>
        <translation>Wait for a manager</translation>
    </message>
    <message>
        <source>Tạm dừng quầy</source>
        <translation>Pause the counter</translation>
    </message>
    <message>
        <source>Lý do tạm dừng:</source>
        <translation>Reason for the pause:</translation>
    </message>
    <message>
        <source>Nghỉ trưa</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>Họp giao ban</source>
        <translation>Staff meeting</translation>
    </message>
    <message>
        <source>Hỗ trợ quầy khác</source>
        <translation>Helping another counter</translation>
    </message>
    <message>
        <source>Xử lý hồ sơ</source>
        <translation>Processing dossiers</translation>
    </message>
    <message>
        <source>Gọi theo số</source>
        <translation>Call by number</translation>
    </message>
    <message>
        <source>Số trên phiếu của công dân quay lại (tạm gác hoặc vắng mặt), ví dụ A012:</source>
        <translation>Ticket number of the returning citizen (parked or no-show), e.g. A012:</translation>
    </message>
    <message>
        <source>Nhận quầy</source>
        <translation>Take the counter</translation>
    </message>
    <message>
        <source>Chọn quầy của máy này và cán bộ làm việc tại quầy.</source>
        <translation>Choose this PC's counter and the officer working at it.</translation>
    </message>
    <message>
        <source>— Không đăng nhập cán bộ —</source>
        <translation>— No officer sign-in —</translation>
    </message>
    <message>
        <source>Quầy:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Cán bộ:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Trung tâm chưa khai báo cán bộ ([[officer]] trong tệp trung tâm).</source>
        <translation>The centre has no officers yet ([[officer]] in the centre file).</translation>
    </message>
    <message>
        <source>Đang chờ quầy này</source>
        <translation>Waiting for this counter</translation>
    </message>
    <message>
        <source>Hôm nay tại quầy</source>
        <translation>Today at this counter</translation>
    </message>
    <message numerus="yes">
        <source>%n ưu tiên</source>
        <translation>
            <numerusform>%n priority</numerusform>
            <numerusform>%n priority</numerusform>
        </translation>
    </message>
    <message>
        <source>lâu nhất %1</source>
        <translation>longest %1</translation>
    </message>
    <message numerus="yes">
        <source>Tổng cộng: %n người chờ</source>
        <translation>
            <numerusform>Total: %n person waiting</numerusform>
            <numerusform>Total: %n people waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã phục vụ: %n lượt</source>
        <translation>
            <numerusform>Served: %n visit</numerusform>
            <numerusform>Served: %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Thời gian phục vụ trung bình: %1</source>
        <translation>Average service time: %1</translation>
    </message>
    <message>
        <source>Chưa gọi số nào</source>
        <translation>No number called</translation>
    </message>
    <message>
        <source>Quầy đang tạm dừng: %1</source>
        <translation>Counter paused: %1</translation>
    </message>
    <message>
        <source>Bấm «Gọi số tiếp theo» để mời công dân</source>
        <translation>Press “Call next” to invite a citizen</translation>
    </message>
    <message>
        <source>Đang phục vụ số</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message numerus="yes">
        <source>đã gọi %n lần</source>
        <translation>
            <numerusform>called %n time</numerusform>
            <numerusform>called %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Quầy tiếp nhận</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Chưa chọn quầy</source>
        <translation>No counter chosen</translation>
    </message>
    <message>
        <source>Đổi quầy / cán bộ</source>
        <translation>Change counter / officer</translation>
    </message>
    <message>
        <source>Hàng chờ</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>%1 — Quầy tiếp nhận</source>
        <translation>%1 — Counter</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Chưa đăng nhập cán bộ</source>
        <translation>No officer signed in</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Quầy này không còn trong cấu hình trung tâm.</source>
        <translation>This counter is no longer in the centre's configuration.</translation>
    </message>
    <message>
        <source>Đã mời số %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <source>Đã gọi lại số %1.</source>
        <translation>Recalled %1.</translation>
    </message>
    <message>
        <source>Số %1: vắng mặt.</source>
        <translation>%1: no-show.</translation>
    </message>
    <message>
        <source>Đã hoàn thành số %1.</source>
        <translation>Finished %1.</translation>
    </message>
    <message>
        <source>Đã chuyển số %1 sang dịch vụ khác.</source>
        <translation>Transferred %1 to another service.</translation>
    </message>
    <message>
        <source>Số %1 tạm gác; công dân quay lại thì gọi theo số.</source>
        <translation>%1 parked; call it by number when the citizen returns.</translation>
    </message>
    <message>
        <source>Quầy đang tạm dừng.</source>
        <translation>The counter is paused.</translation>
    </message>
    <message>
        <source>Quầy làm việc trở lại.</source>
        <translation>The counter is open again.</translation>
    </message>
    <message>
        <source>Không còn ai chờ các dịch vụ của quầy này.</source>
        <translation>Nobody is waiting for this counter's services.</translation>
    </message>
    <message>
        <source>Chuyển dịch vụ</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Chuyển số %1 sang dịch vụ:</source>
        <translation>Transfer %1 to the service:</translation>
    </message>
    <message>
        <source>%1 — %2 người chờ</source>
        <translation>%1 — %2 waiting</translation>
    </message>
    <message>
        <source>Theo quy định của trung tâm</source>
        <translation>As the centre's policy says</translation>
    </message>
    <message>
        <source>Lên đầu hàng chờ (được gọi tiếp theo)</source>
        <translation>To the front of the queue (called next)</translation>
    </message>
    <message>
        <source>Xuống cuối hàng chờ</source>
        <translation>To the end of the queue</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Màn hình quầy %1</source>
        <translation>Counter %1 display</translation>
    </message>
    <message>
        <source>Không có quầy số %1 trong cấu hình trung tâm.</source>
        <translation>There is no counter %1 in the centre's configuration.</translation>
    </message>
    <message>
        <source>Màn hình gọi số</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>MÀN HÌNH GỌI SỐ THỨ TỰ</source>
        <translation>NOW SERVING</translation>
    </message>
    <message>
        <source>Loa gọi số đang gặp sự cố; các số vẫn hiện trên màn hình.</source>
        <translation>The loudspeaker has a problem; numbers are still shown on screen.</translation>
    </message>
    <message>
        <source>MỜI CÔNG DÂN CÓ SỐ</source>
        <translation>NOW CALLING</translation>
    </message>
    <message>
        <source>CÁC SỐ VỪA GỌI</source>
        <translation>RECENT CALLS</translation>
    </message>
    <message>
        <source>CHƯA GỌI SỐ NÀO</source>
        <translation>NO NUMBER CALLED YET</translation>
    </message>
    <message>
        <source>ĐẾN %1</source>
        <translation>TO %1</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Đang chờ gọi số</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>ĐANG CHỜ</source>
        <translation>WAITING</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Đã ghi hồ sơ: %1</source>
        <translation>Dossier recorded: %1</translation>
    </message>
    <message>
        <source>Tìm thủ tục: tên hoặc mã (vd. khai sinh, 1.001193)</source>
        <translation>Find a procedure: name or code (e.g. birth, 1.001193)</translation>
    </message>
    <message>
        <source>Mã hồ sơ trên hệ thống của tỉnh (nếu có)</source>
        <translation>Dossier code in the province system (if any)</translation>
    </message>
    <message>
        <source>Đã số hóa</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <source>Trả kết quả qua bưu chính</source>
        <translation>Return the result by post</translation>
    </message>
    <message>
        <source>Ghi hồ sơ</source>
        <translation>Record dossier</translation>
    </message>
    <message>
        <source>Kênh:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Mã hồ sơ:</source>
        <translation>Dossier code:</translation>
    </message>
    <message>
        <source>Hồ sơ của số %1</source>
        <translation>Dossiers of %1</translation>
    </message>
    <message>
        <source>Hồ sơ: gọi một số để ghi hồ sơ của lượt phục vụ</source>
        <translation>Dossiers: call a number to record the visit's dossiers</translation>
    </message>
    <message>
        <source>hẹn trả</source>
        <translation>due</translation>
    </message>
</context>
<context>
    <name>FloorState</name>
    <message>
        <source>Mất kết nối cơ sở dữ liệu: màn hình đang hiện số liệu cũ. Chương trình tự kết nối lại; nếu quá vài phút vẫn chưa được, báo quản trị hệ thống.</source>
        <extracomment>Reload requests made, and the newest one the current `status` answers: a window that has just shown a move&apos;s result ignores statuses that may predate it.</extracomment>
        <translation>Lost the database connection: the screen shows old figures. The program reconnects by itself; if it has not after a few minutes, tell the system administrator.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Công dân thuộc diện ưu tiên nào?</source>
        <translation>Which priority group are you in?</translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn có thể đề nghị xuất trình giấy tờ chứng minh khi được gọi.</source>
        <translation>Staff may ask for a supporting document when you are called.</translation>
    </message>
    <message>
        <source>‹ Quay lại</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Phiếu ưu tiên: %1 — mời chọn dịch vụ</source>
        <translation>Priority ticket: %1 — please choose a service</translation>
    </message>
    <message>
        <source>‹ Bỏ chọn ưu tiên, lấy phiếu thường</source>
        <translation>‹ No priority, take a normal ticket</translation>
    </message>
    <message>
        <source>Mời chọn dịch vụ để lấy số thứ tự</source>
        <translation>Please choose a service to take a number</translation>
    </message>
    <message>
        <source>Ưu tiên (người cao tuổi, người khuyết tật, phụ nữ mang thai…)</source>
        <translation>Priority (elderly, disabled, pregnant women…)</translation>
    </message>
    <message>
        <source>Không có người chờ</source>
        <translation>Nobody waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n người đang chờ</source>
        <translation>
            <numerusform>%n person waiting</numerusform>
            <numerusform>%n people waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Đang cấp số, xin vui lòng chờ trong giây lát…</source>
        <translation>Issuing your number, one moment please…</translation>
    </message>
    <message>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Máy in phiếu đang trục trặc. Xin ghi nhớ số này và báo cán bộ hướng dẫn.</source>
        <translation>The ticket printer has a problem. Please remember this number and tell the reception staff.</translation>
    </message>
    <message>
        <source>Vui lòng nhận phiếu</source>
        <translation>Please take your ticket</translation>
    </message>
    <message>
        <source>Xin ghi nhớ số của mình và chờ gọi số</source>
        <translation>Please remember your number and wait to be called</translation>
    </message>
    <message>
        <source>Bạn là người tiếp theo</source>
        <translation>You are next</translation>
    </message>
    <message numerus="yes">
        <source>Có %n người đang chờ trước bạn</source>
        <translation>
            <numerusform>%n person is waiting before you</numerusform>
            <numerusform>%n people are waiting before you</numerusform>
        </translation>
    </message>
    <message>
        <source>Số thứ tự của bạn</source>
        <translation>Your number</translation>
    </message>
    <message numerus="yes">
        <source>Màn hình tự trở về sau %n giây</source>
        <translation>
            <numerusform>Back to the start in %n second</numerusform>
            <numerusform>Back to the start in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Lấy số thứ tự</source>
        <translation>Take a number</translation>
    </message>
    <message>
        <source>Dịch vụ này đã hết số hôm nay</source>
        <translation>No more numbers for this service today</translation>
    </message>
    <message>
        <source>Chưa cấp được số</source>
        <translation>No number issued</translation>
    </message>
    <message>
        <source>Hệ thống đang tạm gián đoạn. Xin vui lòng thử lại sau ít phút hoặc liên hệ cán bộ hướng dẫn.</source>
        <translation>The system is briefly unavailable. Please try again in a few minutes or ask the reception staff.</translation>
    </message>
    <message>
        <source>Xin vui lòng liên hệ cán bộ hướng dẫn để được cấp số.</source>
        <translation>Please ask the reception staff for a number.</translation>
    </message>
    <message>
        <source>Ngoài giờ cấp số thứ tự.</source>
        <translation>Numbers are not issued at this time.</translation>
    </message>
    <message>
        <source>Giờ cấp số: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Xin cảm ơn quý khách!</source>
        <translation>Thank you!</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Mã quản trị</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>Nhập mã quản trị để thoát màn hình lấy số</source>
        <translation>Enter the admin PIN to leave the kiosk screen</translation>
    </message>
    <message>
        <source>Máy này chưa đặt mã quản trị: đặt admin_pin trong mục [floor.kiosk] của tệp cài đặt.</source>
        <translation>No admin PIN is set on this PC: set admin_pin in [floor.kiosk] of the settings file.</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mã không đúng. Vui lòng nhập lại.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Đánh giá mức độ hài lòng</source>
        <translation>Satisfaction rating</translation>
    </message>
    <message>
        <source>Quý khách (số %1) hài lòng với việc phục vụ hôm nay không?</source>
        <translation>Were you (number %1) satisfied with the service today?</translation>
    </message>
    <message>
        <source>Xin cho biết lý do (không bắt buộc):</source>
        <translation>Please tell us why (optional):</translation>
    </message>
    <message>
        <source>Chờ lâu</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>Hướng dẫn chưa rõ</source>
        <translation>Unclear guidance</translation>
    </message>
    <message>
        <source>Thái độ phục vụ</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>Lý do khác</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Cấp số thứ tự</source>
        <translation>Issue a number</translation>
    </message>
    <message>
        <source>Không ưu tiên</source>
        <translation>No priority</translation>
    </message>
    <message>
        <source>Chọn dịch vụ để cấp số.</source>
        <translation>Choose a service to issue a number.</translation>
    </message>
    <message>
        <source>Thao tác theo số</source>
        <translation>Act on a number</translation>
    </message>
    <message>
        <source>Số trên phiếu, ví dụ A012</source>
        <translation>Number on the ticket, e.g. A012</translation>
    </message>
    <message>
        <source>In lại phiếu</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Công dân quay lại</source>
        <translation>Citizen is back</translation>
    </message>
    <message>
        <source>Hủy số…</source>
        <translation>Cancel number…</translation>
    </message>
    <message>
        <source>Đổi ưu tiên…</source>
        <translation>Change priority…</translation>
    </message>
    <message>
        <source>Chưa có: đổi ưu tiên cần một thao tác có ghi vết trong hệ thống. Tạm thời hủy số cũ (ghi lý do) và cấp số ưu tiên mới.</source>
        <translation>Not available yet: changing a priority needs an audited move in the system. For now, cancel the old number (with a reason) and issue a new priority number.</translation>
    </message>
    <message>
        <source>Ưu tiên:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Nhập số trên phiếu trước (hoặc chọn trong danh sách chờ).</source>
        <translation>Type the ticket number first (or pick it in the waiting list).</translation>
    </message>
    <message>
        <source>Dịch vụ</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Tạm gác</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Lâu nhất</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Đã cấp</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đã chờ</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Quầy hướng dẫn</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Quầy hướng dẫn — cấp số và danh sách chờ</source>
        <translation>Reception — numbers and the waiting list</translation>
    </message>
    <message>
        <source>Hủy số</source>
        <translation>Cancel number</translation>
    </message>
    <message>
        <source>Hủy số %1 vì:</source>
        <translation>Cancel %1 because:</translation>
    </message>
    <message>
        <source>Công dân không chờ nữa</source>
        <translation>The citizen left</translation>
    </message>
    <message>
        <source>Lấy nhầm dịch vụ</source>
        <translation>Wrong service</translation>
    </message>
    <message>
        <source>Cấp lại số ưu tiên</source>
        <translation>Reissued as priority</translation>
    </message>
    <message>
        <source>Phiếu trùng</source>
        <translation>Duplicate ticket</translation>
    </message>
    <message>
        <source>Đã cấp số %1 — %2</source>
        <translation>Issued %1 — %2</translation>
    </message>
    <message>
        <source>Đã in lại phiếu số %1.</source>
        <translation>Reprinted %1.</translation>
    </message>
    <message>
        <source>Số %1 đã được xếp lại vào chỗ cũ trong hàng chờ.</source>
        <translation>%1 is back in its old place in the queue.</translation>
    </message>
    <message>
        <source>Đã hủy số %1.</source>
        <translation>Cancelled %1.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Người có công với cách mạng</source>
        <translation>Person with merit to the revolution</translation>
    </message>
    <message>
        <source>Người cao tuổi</source>
        <translation>Elderly person</translation>
    </message>
    <message>
        <source>Người khuyết tật</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Phụ nữ mang thai</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>Người nghèo</source>
        <translation>Person in poverty</translation>
    </message>
    <message>
        <source>Trẻ mồ côi</source>
        <translation>Orphan</translation>
    </message>
    <message>
        <source>Đối tượng bảo trợ xã hội</source>
        <translation>Social protection beneficiary</translation>
    </message>
    <message>
        <source>Ưu tiên khác</source>
        <translation>Other priority</translation>
    </message>
    <message>
        <source>Thường</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Đang mời</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Đang phục vụ</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Tạm gác</source>
        <translation>Parked</translation>
    </message>
    <message>
        <source>Đã xong</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>&lt; 1 phút</source>
        <translation>&lt; 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n phút</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Quầy %1</source>
        <translation>Counter %1</translation>
    </message>
</context>
</TS>
