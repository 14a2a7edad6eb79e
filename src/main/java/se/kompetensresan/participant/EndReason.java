package se.kompetensresan.participant;

/** Why a participation ended: completed the training, left the company, withdrew. */
public enum EndReason {
    COMPLETED, LEFT_COMPANY, WITHDREW
}
