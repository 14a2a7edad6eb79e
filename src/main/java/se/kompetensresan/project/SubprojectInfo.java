package se.kompetensresan.project;

import java.util.List;

/** A delprojekt: the regional part of a project, covering a set of municipalities. */
public record SubprojectInfo(long id, long projectId, String name, String ownerOrganisation,
                             List<String> municipalityCodes, int plannedParticipants) {
}
