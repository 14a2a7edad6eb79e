package se.kompetensresan.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sector list of the eligibility decision ({@code kompetensresan.eligibility.*}): SNI 2007 divisions (two
 * digits, e.g. 62 for IT services, 71 for technical consultancy) that a project accepts besides manufacturing
 * (10–33). {@code extraSectors} applies to every project, {@code projectSectors} adds divisions per project id:
 * <pre>
 * kompetensresan.eligibility.extra-sectors: 71
 * kompetensresan.eligibility.project-sectors.[12]: 62,63
 * </pre>
 * Both are empty by default: only manufacturing is eligible without a manager's review.
 */
@ConfigurationProperties("kompetensresan.eligibility")
public record EligibilitySettings(List<Integer> extraSectors, Map<Long, List<Integer>> projectSectors) {

    public EligibilitySettings {
        extraSectors = extraSectors == null ? List.of() : List.copyOf(extraSectors);
        projectSectors = projectSectors == null ? Map.of() : Map.copyOf(projectSectors);
    }

    /** The extra SNI divisions the project accepts (global list plus the project's own). */
    public Set<Integer> sectorsOf(long projectId) {
        Set<Integer> out = new TreeSet<>(extraSectors);
        out.addAll(projectSectors.getOrDefault(projectId, List.of()));
        return out;
    }

    public static EligibilitySettings none() {
        return new EligibilitySettings(List.of(), Map.of());
    }
}
