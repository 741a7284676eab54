package vn.chibo.organization;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import vn.chibo.text.VietnameseText;

/** The columns of a roster file, each known by its English and Vietnamese header (folded). */
enum RosterColumn {
    CELL("cell", "Chi bộ", Set.of("cell", "chi bo", "don vi")),
    FULL_NAME("full_name", "Họ và tên", Set.of("full name", "fullname", "name", "ho va ten", "ho ten")),
    PHONE("phone", "Số điện thoại", Set.of("phone", "so dien thoai", "dien thoai", "sdt")),
    ROLE("role", "Vai trò", Set.of("role", "vai tro")),
    STATUS("status", "Trạng thái", Set.of("status", "trang thai")),
    /** Optional: a roster without it leaves exemptions as they are. */
    EXEMPT("exempt", "Miễn sinh hoạt", Set.of("exempt", "mien sinh hoat"), false),
    /** Optional: the day the member was admitted (dd/mm/yyyy or yyyy-mm-dd), which the year-end review reads. */
    JOINED_ON("joined_on", "Ngày vào Đảng", Set.of("joined on", "joined_on", "joined", "ngay vao dang", "ngay ket nap"), false);

    final String englishHeader;
    final String vietnameseHeader;
    final boolean required;
    private final Set<String> foldedNames;

    RosterColumn(String englishHeader, String vietnameseHeader, Set<String> foldedNames) {
        this(englishHeader, vietnameseHeader, foldedNames, true);
    }

    RosterColumn(String englishHeader, String vietnameseHeader, Set<String> foldedNames, boolean required) {
        this.englishHeader = englishHeader;
        this.vietnameseHeader = vietnameseHeader;
        this.foldedNames = foldedNames;
        this.required = required;
    }

    static Optional<RosterColumn> byHeader(String header) {
        String folded = VietnameseText.fold(header);
        return Arrays.stream(values()).filter(c -> c.foldedNames.contains(folded)).findFirst();
    }
}
