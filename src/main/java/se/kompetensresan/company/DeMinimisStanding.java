package se.kompetensresan.company;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A company's de minimis support over the window of fiscal years ({@code fromYear}–{@code toYear}): what it
 * declared it had received (EUR) and the value of the training booked here (SEK), against the cap. The
 * comparison is made in SEK to the öre (the cap times the exchange rate), so that exactly at the cap is within and
 * one öre over is not; the EUR figures are for showing.
 */
public record DeMinimisStanding(int fromYear, int toYear, List<YearSupport> declared, BigDecimal declaredEur,
                                BigDecimal trainingSek, BigDecimal capEur, BigDecimal sekPerEur,
                                BigDecimal warnShare) {

    /**
     * The rule: the window is the current fiscal year and the {@code years - 1} before it; declared support and
     * training value of other years do not count. {@code training} holds one (fiscal year, SEK) pair per booking
     * still standing (withdrawn bookings are left out by the caller).
     */
    public static DeMinimisStanding of(DeMinimisSettings s, int currentYear, Map<Integer, BigDecimal> declared,
                                       Collection<Map.Entry<Integer, BigDecimal>> training) {
        int from = currentYear - s.years() + 1;
        List<YearSupport> rows = new java.util.ArrayList<>();
        BigDecimal eur = BigDecimal.ZERO;
        for (int y = currentYear; y >= from; y--) {
            BigDecimal amount = declared.get(y);
            rows.add(new YearSupport(y, amount));
            if (amount != null) {
                eur = eur.add(amount);
            }
        }
        BigDecimal sek = training.stream().filter(e -> e.getKey() >= from && e.getKey() <= currentYear)
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new DeMinimisStanding(from, currentYear, List.copyOf(rows), eur, sek, s.capEur(), s.sekPerEur(),
                s.warnShare());
    }

    /** The support a company declared for one fiscal year, in EUR (null: nothing declared for that year). */
    public record YearSupport(int fiscalYear, BigDecimal amountEur) {
    }

    public BigDecimal totalSek() {
        return declaredEur.multiply(sekPerEur).add(trainingSek).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal capSek() {
        return capEur.multiply(sekPerEur).setScale(2, RoundingMode.HALF_UP);
    }

    /** The total in EUR, rounded up to the cent: a total over the cap never reads as the cap. */
    public BigDecimal totalEur() {
        return totalSek().divide(sekPerEur, 2, RoundingMode.CEILING);
    }

    public BigDecimal trainingEur() {
        return trainingSek.divide(sekPerEur, 2, RoundingMode.HALF_UP);
    }

    /** What may still be received, in SEK (negative when over the cap). */
    public BigDecimal headroomSek() {
        return capSek().subtract(totalSek());
    }

    /** What may still be received, in EUR, rounded down to the cent. */
    public BigDecimal headroomEur() {
        return headroomSek().divide(sekPerEur, 2, RoundingMode.FLOOR);
    }

    public boolean overCap() {
        return totalSek().compareTo(capSek()) > 0;
    }

    /** At or above the warning share of the cap (over the cap included). */
    public boolean nearCap() {
        return totalSek().compareTo(capSek().multiply(warnShare)) >= 0;
    }

    /** The standing with training of this value (SEK) added in the current fiscal year. */
    public DeMinimisStanding plusTraining(BigDecimal sek) {
        return new DeMinimisStanding(fromYear, toYear, declared, declaredEur, trainingSek.add(sek), capEur, sekPerEur,
                warnShare);
    }
}
