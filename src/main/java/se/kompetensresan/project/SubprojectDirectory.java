package se.kompetensresan.project;

import org.springframework.stereotype.Component;
import se.kompetensresan.security.ScopeDirectory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The delprojekt, named "Project · delprojekt", for the users view of the security module. */
@Component
class SubprojectDirectory implements ScopeDirectory {

    private final ProjectService projects;

    SubprojectDirectory(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String kind() {
        return "subproject";
    }

    @Override
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (ProjectInfo p : projects.visibleProjects()) {
            for (SubprojectInfo s : projects.subprojectsOf(p.id())) {
                names.put(s.id(), p.name() + " · " + s.name());
            }
        }
        return names;
    }
}
