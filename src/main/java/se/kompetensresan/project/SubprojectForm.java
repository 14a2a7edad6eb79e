package se.kompetensresan.project;

import java.util.List;
import java.util.Set;

/**
 * A delprojekt as edited: its owner, the municipalities it covers (SCB codes), its own targets, and the
 * coaches and managers (user ids) who work in it. {@code id} is null for a new one.
 */
public record SubprojectForm(Long id, long projectId, String name, String ownerOrganisation,
                             List<String> municipalityCodes, Integer plannedParticipants, Integer plannedWomenPercent,
                             Set<Long> coachIds, Set<Long> managerIds) {
}
