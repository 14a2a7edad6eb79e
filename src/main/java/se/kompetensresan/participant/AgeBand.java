package se.kompetensresan.participant;

import java.time.LocalDate;
import java.time.Period;

/** Age at the start in the project, in the bands the ESF indicators count (under 30, 30–54, 55 and over). */
public enum AgeBand {
    UNDER_30, FROM_30_TO_54, FROM_55;

    static AgeBand at(LocalDate birthDate, LocalDate day) {
        int age = Period.between(birthDate, day).getYears();
        return age < 30 ? UNDER_30 : age < 55 ? FROM_30_TO_54 : FROM_55;
    }
}
