package vn.chibo.organization;

/** Đảng viên chính thức or dự bị. */
public enum MemberStatus {
    OFFICIAL, PROBATIONARY
}
