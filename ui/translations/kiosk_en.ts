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
        <source>Số %1 đã rời quầy (thao tác từ bàn phím hoặc máy khác): hộp thoại đã đóng.</source>
        <translation>%1 has left the counter (done from the keypad or another PC): the dialog was closed.</translation>
    </message>
    <message>
        <source>Chưa mở được hộp chọn quầy và cán bộ: %1 Hộp sẽ tự mở khi cơ sở dữ liệu hoạt động trở lại.</source>
        <translation>Could not open the counter and officer choice: %1 It opens by itself when the database is back.</translation>
    </message>
    <message>
        <source>Đang chờ đọc danh sách quầy; hộp chọn quầy sẽ tự mở khi đọc được.</source>
        <translation>Waiting for the list of counters; the counter choice opens by itself once it is read.</translation>
    </message>
    <message>
        <source>Công dân số %1 tạm rời quầy vì:</source>
        <translation>Citizen %1 steps away to:</translation>
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
        <translation>Choose this PC&apos;s counter and the officer working at it.</translation>
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
    <message>
        <source>Vắng mặt: %1 · chuyển đi: %2</source>
        <translation>No-show: %1 · transferred: %2</translation>
    </message>
    <message>
        <source>Chờ trung bình (các số quầy đã gọi): %1</source>
        <translation>Average wait (numbers this counter called): %1</translation>
    </message>
    <message>
        <source>Hồ sơ: %1 tiếp nhận, %2 yêu cầu bổ sung, %3 từ chối, %4 hướng dẫn</source>
        <translation>Dossiers: %1 received, %2 supplement requested, %3 refused, %4 guidance only</translation>
    </message>
    <message>
        <source>Tạm dừng: %1</source>
        <translation>Paused: %1</translation>
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
    <message>
        <source>Thời gian phục vụ trung bình: %1</source>
        <translation>Average service time: %1</translation>
    </message>
    <message>
        <source>Chưa có công dân tại quầy</source>
        <translation>No citizen at the counter</translation>
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
        <source>Đang mời số</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Từ lúc mời: %1</source>
        <translation>Since the call: %1</translation>
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
        <source>Quầy %1 không có trong cấu hình: bấm «Đổi quầy / cán bộ» để chọn quầy.</source>
        <translation>Counter %1 is not in the configuration: press “Change counter / officer” to choose a counter.</translation>
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
        <translation>Nobody is waiting for this counter&apos;s services.</translation>
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
        <translation>As the centre&apos;s policy says</translation>
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
    <message numerus="yes">
        <source>Đã phục vụ: %n lượt</source>
        <translation>
            <numerusform>Served: %n visit</numerusform>
            <numerusform>Served: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ưu tiên</source>
        <translation>
            <numerusform>%n priority</numerusform>
            <numerusform>%n priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>đã gọi %n lần</source>
        <translation>
            <numerusform>called %n time</numerusform>
            <numerusform>called %n times</numerusform>
        </translation>
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
        <translation>There is no counter %1 in the centre&apos;s configuration.</translation>
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
        <source>Chưa đọc được các số vừa gọi: %1 Màn hình tự thử lại.</source>
        <translation>Could not read the recent calls: %1 The screen retries by itself.</translation>
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
        <source>Đã bỏ hồ sơ chưa ghi của số %1.</source>
        <translation>Discarded the unrecorded dossier of %1.</translation>
    </message>
    <message>
        <source>Hồ sơ của số %1 (lượt trước) chưa ghi: bấm “Ghi hồ sơ” để ghi cho số %1, hoặc “Bỏ hồ sơ này”.</source>
        <translation>The dossier of %1 (previous visit) is not recorded: press “Record dossier” to record it for %1, or “Discard this dossier”.</translation>
    </message>
    <message>
        <source>Đã ghi hồ sơ: %1</source>
        <translation>Dossier recorded: %1</translation>
    </message>
    <message>
        <source>Chưa tải được danh mục thủ tục: %1 Chương trình tự thử lại khi cơ sở dữ liệu hoạt động trở lại.</source>
        <translation>Could not load the list of procedures: %1 The program retries by itself when the database is back.</translation>
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
        <source>Bỏ hồ sơ này</source>
        <translation>Discard this dossier</translation>
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
        <translation>Dossiers: call a number to record the visit&apos;s dossiers</translation>
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
        <source>Đã hết số hôm nay</source>
        <translation>No more numbers today</translation>
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
        <source>Máy in phiếu đang gặp sự cố. Quý khách vui lòng ghi nhớ số thứ tự trên màn hình và chờ gọi số; nhân viên sẽ hỗ trợ.</source>
        <translation>The ticket printer has a problem. Please remember the number on the screen and wait to be called; our staff will help you.</translation>
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
        <source>Ngoài giờ cấp số thứ tự</source>
        <translation>Outside ticket hours</translation>
    </message>
    <message>
        <source>Các dịch vụ đã cấp hết số của ngày hôm nay. Mời quý khách quay lại vào ngày làm việc tiếp theo hoặc liên hệ quầy hướng dẫn.</source>
        <translation>All services have given out today&apos;s numbers. Please come back on the next working day or ask at Reception.</translation>
    </message>
    <message>
        <source>Hôm nay đã hết số thứ tự</source>
        <translation>No more numbers today</translation>
    </message>
    <message>
        <source>Xin cảm ơn quý khách!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Trung tâm làm việc: %1.</source>
        <translation>Opening hours: %1.</translation>
    </message>
    <message>
        <source>vào %1, ngày %2</source>
        <translation>on %1, %2</translation>
    </message>
    <message>
        <source>Mời quý khách quay lại %1.</source>
        <translation>Please come back %1.</translation>
    </message>
    <message>
        <source>lúc %1 %2 nay</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>lúc %1 %2 mai (%3)</source>
        <translation>tomorrow (%3) at %1</translation>
    </message>
    <message>
        <source>lúc %1 %2 %3, ngày %4</source>
        <translation>on %3, %4 at %1</translation>
    </message>
    <message>
        <source>thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>sáng</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>trưa</source>
        <translation>midday</translation>
    </message>
    <message>
        <source>chiều</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>tối</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>sáng %1</source>
        <translation>morning %1</translation>
    </message>
    <message>
        <source>chiều %1</source>
        <translation>afternoon %1</translation>
    </message>
    <message>
        <source>tối %1</source>
        <translation>evening %1</translation>
    </message>
    <message>
        <source>tất cả các ngày trong tuần</source>
        <translation>every day of the week</translation>
    </message>
    <message>
        <source>%1 đến %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 và %2</source>
        <translation>%1 and %2</translation>
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
        <source>Ưu tiên:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Chọn một số đang chờ trong danh sách bên phải (hoặc nhập số) để đổi ưu tiên.</source>
        <translation>Pick a waiting number in the list on the right (or type it) to change its priority.</translation>
    </message>
    <message>
        <source>Cho số %1 ưu tiên, hoặc bỏ ưu tiên (có ghi lý do).</source>
        <translation>Give %1 priority, or remove its priority (with a reason).</translation>
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
        <source>Số %1 không còn trong danh sách chờ: không đổi được ưu tiên.</source>
        <translation>%1 is no longer in the waiting list: its priority was not changed.</translation>
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
    <message>
        <source>Số %1 đã về phiếu thường (bỏ ưu tiên).</source>
        <translation>%1 is a normal ticket again (priority removed).</translation>
    </message>
    <message>
        <source>Số %1 được ưu tiên: %2.</source>
        <translation>%1 now has priority: %2.</translation>
    </message>
    <message>
        <source>Đổi ưu tiên</source>
        <translation>Change priority</translation>
    </message>
    <message>
        <source>Đổi ưu tiên cho số %1 — %2</source>
        <translation>Change the priority of %1 — %2</translation>
    </message>
    <message>
        <source>Hiện tại: ưu tiên — %1</source>
        <translation>Now: priority — %1</translation>
    </message>
    <message>
        <source>Hiện tại: phiếu thường (không ưu tiên)</source>
        <translation>Now: normal ticket (no priority)</translation>
    </message>
    <message>
        <source>1. Chọn đối tượng ưu tiên, hoặc bỏ ưu tiên:</source>
        <translation>1. Choose the priority group, or remove the priority:</translation>
    </message>
    <message>
        <source>%1 (đang có)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Bỏ ưu tiên — về phiếu thường</source>
        <translation>Remove priority — back to a normal ticket</translation>
    </message>
    <message>
        <source>2. Lý do (bắt buộc, được lưu lại để đối chiếu khi cần):</source>
        <translation>2. Reason (required, kept on record for later checks):</translation>
    </message>
    <message>
        <source>Lưu thay đổi</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Ví dụ: cấp nhầm phiếu ưu tiên</source>
        <translation>e.g. priority ticket issued by mistake</translation>
    </message>
    <message>
        <source>Ví dụ: cụ ông 82 tuổi, đi lại khó khăn</source>
        <translation>e.g. man aged 82, walks with difficulty</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>In phiếu tổng hợp ngày</source>
        <translation>Print the daily summary slip</translation>
    </message>
    <message>
        <source>Lưu báo cáo ngày (PDF)</source>
        <translation>Save the daily report (PDF)</translation>
    </message>
    <message>
        <source>Báo cáo tuần, tháng, quý, năm…</source>
        <translation>Weekly, monthly, quarterly, yearly report…</translation>
    </message>
    <message>
        <source>In trên máy in phiếu của máy này (khổ 80 mm)</source>
        <translation>Prints on this PC&apos;s ticket printer (80 mm roll)</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Số phiếu cấp theo giờ hôm nay</source>
        <translation>Tickets issued per hour today</translation>
    </message>
    <message>
        <source>Đang phục vụ số %1</source>
        <translation>Serving %1</translation>
    </message>
    <message>
        <source>không ghi lý do</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Tạm dừng: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Chưa mở</source>
        <translation>Not open yet</translation>
    </message>
    <message numerus="yes">
        <source>Đang chờ · %n người chờ gọi</source>
        <translation>
            <numerusform>Waiting · %n in queue</numerusform>
            <numerusform>Waiting · %n in queue</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Đã phục vụ</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Đang phục vụ: từ lúc mời số; tạm dừng: từ lúc dừng; đang chờ: từ lượt cuối</source>
        <translation>Serving: since the number was called; paused: since the pause began; waiting: since the last visit</translation>
    </message>
    <message>
        <source>Số lượt quầy đã phục vụ xong hôm nay</source>
        <translation>Visits the counter has finished today</translation>
    </message>
    <message>
        <source>Đã cấp số</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Vắng mặt</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Chờ trung bình</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận</source>
        <translation>Dossiers received</translation>
    </message>
    <message>
        <source>&lt; 1 phút</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Báo cáo theo kỳ</source>
        <translation>Period report</translation>
    </message>
    <message>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Khoảng ngày tùy chọn</source>
        <translation>Custom date range</translation>
    </message>
    <message>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>PDF (để in, ký)</source>
        <translation>PDF (to print and sign)</translation>
    </message>
    <message>
        <source>Excel (XLSX, để tính tiếp)</source>
        <translation>Excel (XLSX, to work on the figures)</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <source>Tuần có ngày</source>
        <translation>Week containing</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến hết ngày</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Định dạng</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Lập báo cáo…</source>
        <translation>Create report…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 — %2 ngày</source>
        <translation>%1 — %2 days</translation>
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
        <source>Lâu nhất</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>Mục tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Số người đang chờ gọi</source>
        <translation>People waiting to be called</translation>
    </message>
    <message>
        <source>Trong đó: người được ưu tiên</source>
        <translation>Of these: people with priority</translation>
    </message>
    <message>
        <source>Người chờ lâu nhất hiện nay đã chờ bao lâu</source>
        <translation>How long the longest-waiting person has waited so far</translation>
    </message>
    <message>
        <source>Thời gian chờ Trung tâm đặt ra cho dịch vụ</source>
        <translation>The wait the centre has set as the service&apos;s target</translation>
    </message>
    <message>
        <source>%1 — hôm nay đã cấp %2 số</source>
        <translation>%1 — %2 numbers issued today</translation>
    </message>
    <message>
        <source>Quá thời gian chờ mục tiêu của dịch vụ</source>
        <translation>Over the service&apos;s target wait</translation>
    </message>
    <message>
        <source>Giám sát Trung tâm</source>
        <translation>Centre monitor</translation>
    </message>
    <message>
        <source>GIÁM SÁT HOẠT ĐỘNG TRUNG TÂM</source>
        <translation>CENTRE ACTIVITY MONITOR</translation>
    </message>
    <message>
        <source>Các quầy</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Hàng chờ theo dịch vụ</source>
        <translation>Queues by service</translation>
    </message>
    <message>
        <source>Tô đỏ: đã quá thời gian chờ mục tiêu</source>
        <translation>In red: over the target wait</translation>
    </message>
    <message>
        <source>Số liệu cập nhật lúc %1</source>
        <translation>Figures updated at %1</translation>
    </message>
    <message>
        <source>Đang in phiếu tổng hợp ngày…</source>
        <translation>Printing the daily summary slip…</translation>
    </message>
    <message>
        <source>Đã in phiếu tổng hợp ngày %1.</source>
        <translation>Printed the daily summary slip for %1.</translation>
    </message>
    <message>
        <source>Máy in sắp hết giấy: chuẩn bị cuộn giấy mới.</source>
        <translation>The printer is nearly out of paper: have a new roll ready.</translation>
    </message>
    <message>
        <source>Đang lập báo cáo %1…</source>
        <translation>Creating the report for %1…</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo %1 vào %2.</source>
        <translation>Saved the report for %1 as %2.</translation>
    </message>
    <message>
        <source>Máy này chưa có chương trình mở được %1. Tệp vẫn ở: %2</source>
        <translation>This PC has no program that can open %1. The file is still at: %2</translation>
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
