package dev.congkit.core.text.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Syllables common in the names, titles and notices of a commune's site: where two legacy
 * encodings both read as well-formed Vietnamese, the one whose reading has more of them is meant
 * ("Văn", not "Vồn"). Internal.
 */
public final class CommonSyllables {

    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList((
            "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh đoàn lương mai lâm tô tạ "
            + "văn thị đức hữu công quang minh anh hoa lan hùng dũng tuấn hà hải hương hường thành thanh bình hòa hoà quốc "
            + "xuân thu trung sơn long nam việt hồng ngọc phương thủy thuỷ tâm hiền hạnh huệ cường khánh kiên tài tiến toàn "
            + "trí vinh yến hiếu hiệp hoà hưng khoa khôi lộc lợi luân mạnh nga nghĩa nhung oanh phong phúc phượng quân quý "
            + "quỳnh sáng tùng thắng thảo thơ thúy thuý trang trâm trinh tú tuyết uyên vân vy xuyến yên "
            + "chủ tịch phó ủy uỷ ban nhân dân xã phường huyện tỉnh thị trấn thôn bản ấp tổ đội khu phố "
            + "an văn phòng hội đồng đảng bí thư chính trị địa tư pháp hộ kế toán quân sự trưởng cán bộ chuyên viên "
            + "lịch làm việc tiếp họp giao tuần ngày tháng năm sáng chiều tối tại trường trụ sở của và các những với cho "
            + "người được không có là một đã này trong đến về để thông tin báo cáo kiểm tra hóa hoá xây dựng tế y giáo dục "
            + "môi lao động thương binh mặt trận cựu chiến đoàn niên phụ nữ nông mẫu cẩm thủy quảng xương").split(" ")));

    private CommonSyllables() {
    }

    /** How many words of {@code words} are common syllables. */
    public static int count(String[] words) {
        int common = 0;
        for (String word : words) {
            if (WORDS.contains(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC))) {
                common++;
            }
        }
        return common;
    }
}
