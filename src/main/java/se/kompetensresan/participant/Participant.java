package se.kompetensresan.participant;

import jakarta.persistence.*;
import se.kompetensresan.shared.Gender;

import java.time.Instant;
import java.time.LocalDate;

/** An employee of a company taking part in training. The personnummer only as ciphertext and blind index. */
@Entity
@Table(name = "participant")
class Participant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String email;
    @Column(nullable = false)
    String language;
    @Column(name = "number_cipher")
    String numberCipher;
    @Column(name = "number_index")
    String numberIndex;
    @Column(name = "protected_identity", nullable = false)
    boolean protectedIdentity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Gender gender;
    @Column(name = "birth_year")
    Integer birthYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    AgeBand ageBand;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    EndReason endReason;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    /** When the nightly retention anonymised the row; null while it holds the person. */
    @Column(name = "anonymised_at")
    Instant anonymisedAt;
    @Version
    int version;

    boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    @Override
    public String toString() {
        return "Participant#" + id; // never the name or number in logs
    }
}
