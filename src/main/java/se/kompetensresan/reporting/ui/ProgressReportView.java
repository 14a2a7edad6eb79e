package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ProgressHeading;
import se.kompetensresan.reporting.ProgressReport;
import se.kompetensresan.reporting.ProgressReportService;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The lägesrapport draft for the dashboard's selection and period (a quarter by default): per heading the period's
 * facts and a narrative box (pre-filled with the facts until a version is saved); every save is a new version; the
 * latest downloads as docx.
 */
@Route("reports/progress-report")
@RolesAllowed({"ADMIN", "MANAGER"})
class ProgressReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressReportService reports;
    private final DashboardService dashboards;
    private final Paragraph state = new Paragraph();
    private final Div sections = new Div();
    private final Map<ProgressHeading, TextArea> boxes = new EnumMap<>(ProgressHeading.class);
    private final Div download = new Div();
    private ReportFilter filter;

    ProgressReportView(ProgressReportService reports, DashboardService dashboards) {
        this.reports = reports;
        this.dashboards = dashboards;
        setId("progress-report");
        state.setId("progress-report-state");
        Button save = new Button(getTranslation("reporting.progress.save"), e -> save());
        save.setId("progress-report-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sections.setWidthFull();
        add(new H1(getTranslation("reporting.progress.title")), state, sections, save, download);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = FilterParams.filter(event.getLocation().getQueryParameters()).or(dashboards::defaultFilter).orElse(null);
        if (filter == null) {
            state.setText(getTranslation("reporting.dashboard.noProject"));
            return;
        }
        show(reports.draft(filter));
    }

    private void show(ProgressReport r) {
        state.setText(r.version() == 0
                ? getTranslation("reporting.progress.unsaved", r.projectName(), filter.from(), filter.to())
                : getTranslation("reporting.progress.saved", r.projectName(), filter.from(), filter.to(), r.version(), r.savedBy()));
        sections.removeAll();
        boxes.clear();
        for (ProgressHeading h : ProgressHeading.values()) {
            sections.add(new H2(getTranslation("reporting.progress.heading." + h.name())));
            Paragraph facts = new Paragraph(r.facts().get(h));
            facts.setId("progress-facts-" + h.name());
            TextArea box = new TextArea(getTranslation("reporting.progress.narrative"));
            box.setId("progress-narrative-" + h.name());
            box.setWidthFull();
            box.setValue(r.narratives().get(h));
            boxes.put(h, box);
            sections.add(facts, box);
        }
        download.removeAll();
        String name = reports.fileName(filter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.docx(filter, out);
        byte[] file = out.toByteArray();
        Anchor docx = new Anchor(DownloadHandler.fromInputStream(e -> new com.vaadin.flow.server.streams.DownloadResponse(
                new ByteArrayInputStream(file), name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                file.length)), getTranslation("reporting.progress.docx", name));
        docx.setId("progress-report-docx");
        download.add(docx);
    }

    private void save() {
        Map<ProgressHeading, String> texts = new EnumMap<>(ProgressHeading.class);
        FieldErrors errors = new FieldErrors(this);
        boxes.forEach((h, box) -> {
            texts.put(h, box.getValue());
            errors.on("reporting.progress.error.length." + h.name(), box);
        });
        ProgressReport[] saved = new ProgressReport[1];
        if (errors.run(() -> saved[0] = reports.save(filter, texts))) {
            show(saved[0]);
            Notices.success(getTranslation("reporting.progress.savedNotice", saved[0].version()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.progress.title");
    }
}
