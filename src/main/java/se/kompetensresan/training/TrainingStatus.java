package se.kompetensresan.training;

/** BOOKED by the coach → REPORTED (hours) by the company → APPROVED (attesterad) by the coach. */
public enum TrainingStatus {
    BOOKED, REPORTED, APPROVED
}
