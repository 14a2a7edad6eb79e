package se.kompetensresan.reporting;

import se.kompetensresan.shared.Gender;

/** A number of people (or their hours) split by gender, as the ESF indicators count them. */
public record GenderCount(long women, long men) {

    public static final GenderCount ZERO = new GenderCount(0, 0);

    public long total() {
        return women + men;
    }

    public long of(Gender g) {
        return g == Gender.WOMAN ? women : men;
    }

    GenderCount plus(Gender g, long n) {
        return g == Gender.WOMAN ? new GenderCount(women + n, men) : new GenderCount(women, men + n);
    }
}
