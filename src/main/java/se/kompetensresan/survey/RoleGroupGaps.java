package se.kompetensresan.survey;

import java.util.List;

/**
 * The gaps of one role group of a company's submitted kartläggning answered per group, in priority order (as
 * {@link PrioritisedGaps}). Carries no personal data.
 */
public record RoleGroupGaps(RoleGroup group, List<AreaGap> areas) {

    public RoleGroupGaps {
        areas = List.copyOf(areas);
    }

    /** The gap of one area, null when the group did not answer it. */
    public AreaGap area(String areaCode) {
        return areas.stream().filter(a -> a.areaCode().equals(areaCode)).findFirst().orElse(null);
    }
}
