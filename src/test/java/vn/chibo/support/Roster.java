package vn.chibo.support;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A small committee loaded through the admin API, with each member's invite code by name. */
public final class Roster {

    public static final String COMMITTEE = "Đảng bộ phường Liên Bảo";
    public static final String CELL_3 = COMMITTEE + "/Chi bộ tổ dân phố 3";
    public static final String CELL_4 = COMMITTEE + "/Chi bộ tổ dân phố 4";

    public static final String CSV = """
            cell,full_name,phone,role,status
            %1$s,Nguyễn Văn An,0912345001,secretary,official
            %1$s,Trần Thị Bình,0912345002,member,official
            %1$s,Lê Văn Cường,0912345003,member,probationary
            %2$s,Phạm Thị Dung,0912345004,secretary,official
            %2$s,Hoàng Văn Em,0912345005,member,official
            %3$s,Ngô Văn Khoa,0912345009,admin,
            """.formatted(CELL_3, CELL_4, COMMITTEE);

    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();

    private Roster(JsonNode answer) {
        answer.get("members").forEach(m -> {
            codes.put(m.get("fullName").asString(), m.get("inviteCode").asString());
            ids.put(m.get("fullName").asString(), m.get("memberId").asLong());
        });
    }

    public static Roster load(RunningApp app) {
        var response = app.importRoster(CSV);
        if (response.status() != 200) {
            throw new AssertionError("Roster import failed: " + response.body());
        }
        return new Roster(response.json());
    }

    public String code(String fullName) {
        return codes.get(fullName);
    }

    public long id(String fullName) {
        return ids.get(fullName);
    }
}
