package se.kompetensresan.security;

/** The four roles of the product; the names are also the BPMN candidate groups. */
public enum Role {
    COMPANY, COACH, MANAGER, ADMIN;

    /** Spring authority name, e.g. {@code ROLE_COACH}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
