package se.kompetensresan.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Per response and section: who answers it (a COMPANY user's account id; null: the company's contact) and the
 * response version at its last change (null: not changed since sections had states).
 */
@Embeddable
class SectionState {
    @Column(name = "owner_user_id")
    Long ownerUserId;
    @Column(name = "changed_version")
    Long changedVersion;

    SectionState() {
    }

    SectionState(Long ownerUserId, Long changedVersion) {
        this.ownerUserId = ownerUserId;
        this.changedVersion = changedVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SectionState s && java.util.Objects.equals(s.ownerUserId, ownerUserId)
                && java.util.Objects.equals(s.changedVersion, changedVersion);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(ownerUserId, changedVersion);
    }
}
