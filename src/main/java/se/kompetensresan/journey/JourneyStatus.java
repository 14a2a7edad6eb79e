package se.kompetensresan.journey;

/** Whether a journey is running, finished or was broken off by the company. */
public enum JourneyStatus {
    ACTIVE, COMPLETED, WITHDRAWN
}
