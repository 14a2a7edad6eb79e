package se.kompetensresan.company;

/** Annual turnover classes of the onboarding form; labels are keys {@code company.turnover.<NAME>}. */
public enum TurnoverClass {
    UP_TO_1_MSEK, FROM_1_TO_10_MSEK, FROM_10_TO_50_MSEK, FROM_50_TO_250_MSEK, OVER_250_MSEK
}
