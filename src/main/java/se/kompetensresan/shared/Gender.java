package se.kompetensresan.shared;

/** Legal gender as the ESF indicators count it (from the personnummer's ninth digit). */
public enum Gender {
    WOMAN, MAN
}
