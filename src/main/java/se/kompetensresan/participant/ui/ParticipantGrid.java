package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import se.kompetensresan.participant.ParticipantInfo;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/** The register's grid: name, birth year (the masking scheme), gender, age band, e-mail, dates, status. */
final class ParticipantGrid {
    private ParticipantGrid() {
    }

    static Grid<ParticipantInfo> create(String id, Map<Long, String> companyNames, LocalDate today) {
        Grid<ParticipantInfo> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ParticipantInfo::name).setHeader(grid.getTranslation("participant.col.name")).setSortable(true)
                .setFlexGrow(2).setKey("name");
        if (companyNames != null) {
            grid.addColumn(p -> companyNames.getOrDefault(p.companyId(), "")).setHeader(grid.getTranslation("participant.col.company"))
                    .setSortable(true).setFlexGrow(2).setKey("company");
        }
        Function<ParticipantInfo, String> born = p -> p.protectedIdentity() ? grid.getTranslation("participant.protected.short")
                : grid.getTranslation("participant.born", p.masked());
        grid.addColumn(born::apply).setHeader(grid.getTranslation("participant.col.born")).setAutoWidth(true).setKey("born");
        grid.addColumn(p -> grid.getTranslation("participant.gender." + p.gender())).setHeader(grid.getTranslation("participant.col.gender"))
                .setAutoWidth(true).setSortable(true).setKey("gender");
        grid.addColumn(p -> p.ageBand() == null ? "" : grid.getTranslation("participant.ageBand." + p.ageBand()))
                .setHeader(grid.getTranslation("participant.col.ageBand")).setAutoWidth(true).setKey("ageBand");
        grid.addColumn(ParticipantInfo::email).setHeader(grid.getTranslation("participant.col.email")).setFlexGrow(2).setKey("email");
        grid.addColumn(ParticipantInfo::startDate).setHeader(grid.getTranslation("participant.col.start")).setAutoWidth(true)
                .setSortable(true).setKey("start");
        grid.addColumn(p -> p.active(today) ? grid.getTranslation("participant.status.active")
                        : grid.getTranslation("participant.status.ended", p.endDate(), grid.getTranslation("participant.endReason." + p.endReason())))
                .setHeader(grid.getTranslation("participant.col.status")).setAutoWidth(true).setKey("status");
        return grid;
    }
}
