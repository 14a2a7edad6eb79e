package se.kompetensresan.shared;

import java.util.List;

/**
 * The codes of the competence areas of the default questionnaire. Their names are the message keys
 * {@code area.<CODE>}. Survey, coaching and the coaching-track decision all speak these codes.
 */
public final class CompetenceAreas {
    private CompetenceAreas() {
    }

    public static final String AUTOMATION = "AUTOMATION";
    public static final String DIGITALISATION = "DIGITALISATION";
    public static final String CNC = "CNC";
    public static final String WELDING = "WELDING";
    public static final String MAINTENANCE = "MAINTENANCE";
    public static final String QUALITY = "QUALITY";
    public static final String LEAN = "LEAN";
    public static final String SUSTAINABILITY = "SUSTAINABILITY";
    public static final String WORK_ENVIRONMENT = "WORK_ENVIRONMENT";
    public static final String LEADERSHIP = "LEADERSHIP";
    public static final String STRATEGIC_COMPETENCE = "STRATEGIC_COMPETENCE";
    public static final String SWEDISH = "SWEDISH";

    public static final List<String> ALL = List.of(AUTOMATION, DIGITALISATION, CNC, WELDING, MAINTENANCE, QUALITY,
            LEAN, SUSTAINABILITY, WORK_ENVIRONMENT, LEADERSHIP, STRATEGIC_COMPETENCE, SWEDISH);

    public static String messageKey(String code) {
        return "area." + code;
    }
}
