package vn.chibo.dues;

import java.util.Optional;

import vn.chibo.text.VietnameseText;

/** How a month was paid: on the national public services portal, or in cash to the cell (fact 38). */
public enum PayMethod {
    PORTAL, CASH;

    /** As written in a list: its code, or "Cổng DVC", "Tiền mặt" with or without marks. */
    public static Optional<PayMethod> read(String written) {
        String folded = written == null ? "" : VietnameseText.fold(written);
        return switch (folded) {
            case "portal", "cong dvc", "cong dich vu cong", "dvc", "online" -> Optional.of(PORTAL);
            case "cash", "tien mat" -> Optional.of(CASH);
            default -> Optional.empty();
        };
    }
}
