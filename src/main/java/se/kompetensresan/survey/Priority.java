package se.kompetensresan.survey;

/** How urgent the company finds a competence area (competence matrix). */
public enum Priority {
    LOW, MEDIUM, HIGH
}
