package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.SelfAssessmentLinkInfo;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SelfAssessmentSummary;

/**
 * "Medarbetarnas självskattning" on a company's result page: for the company's own users the one link to share
 * (made or renewed here, shown once; closed here) and the number of answers; for everyone who may see the company
 * the aggregates per area, shown only from the anonymity threshold on.
 */
class SelfAssessmentPanel extends Div {

    private final SelfAssessmentService selfAssessments;
    private final long companyId;
    private final boolean companyUser;

    SelfAssessmentPanel(SelfAssessmentService selfAssessments, long companyId, UserAccount user) {
        this.selfAssessments = selfAssessments;
        this.companyId = companyId;
        this.companyUser = user.companyId() != null && user.companyId() == companyId;
        setId("self-assessment-panel");
        setWidthFull();
        build(null);
    }

    private void build(String newLink) {
        removeAll();
        SelfAssessmentLinkInfo info = selfAssessments.link(companyId).orElse(null);
        if (info == null || !info.offered()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("survey.self.panel.title")));
        Paragraph count = new Paragraph(getTranslation("survey.self.panel.count", info.answers()));
        count.setId("self-assessment-count");
        add(count);
        if (companyUser) {
            Paragraph state = new Paragraph(getTranslation(!info.exists() ? "survey.self.panel.none"
                    : info.open() ? "survey.self.panel.open" : "survey.self.panel.closed"));
            state.setId("self-assessment-state");
            add(state);
            if (newLink != null) {
                TextField link = new TextField(getTranslation("survey.self.panel.link"));
                link.setId("self-assessment-link");
                link.setValue(newLink);
                link.setReadOnly(true);
                link.setWidthFull();
                link.setHelperText(getTranslation("survey.self.panel.linkHelp"));
                add(link);
            }
            Button renew = new Button(getTranslation(info.exists() ? "survey.self.panel.renew" : "survey.self.panel.create"));
            renew.setId("self-assessment-renew");
            renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            renew.addClickListener(e -> {
                if (!info.exists()) {
                    act(() -> build(selfAssessments.renewLink(companyId)));
                    return;
                }
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("survey.self.panel.renew"),
                        getTranslation("survey.self.panel.renewConfirm"), getTranslation("survey.self.panel.renew"),
                        ok -> act(() -> build(selfAssessments.renewLink(companyId))));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("shared.cancel"));
                confirm.setId("self-assessment-renew-confirm");
                confirm.open();
            });
            HorizontalLayout buttons = new HorizontalLayout(renew);
            if (info.open()) {
                Button close = new Button(getTranslation("survey.self.panel.close"),
                        e -> act(() -> {
                            selfAssessments.closeLink(companyId);
                            build(null);
                        }));
                close.setId("self-assessment-close");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                buttons.add(close);
            }
            add(buttons);
        }
        SelfAssessmentSummary summary = selfAssessments.summary(companyId);
        if (!summary.shown()) {
            Paragraph hidden = new Paragraph(getTranslation("survey.self.hidden", summary.minGroup()));
            hidden.setId("self-assessment-hidden");
            hidden.addClassName("survey-hint");
            add(hidden);
            return;
        }
        Grid<SelfAssessmentSummary.AreaResult> grid = new Grid<>();
        grid.setId("self-assessment-results");
        grid.addColumn(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode())))
                .setHeader(getTranslation("survey.result.area")).setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(a -> String.format(getLocale(), "%.1f", a.meanLevel()))
                .setHeader(getTranslation("survey.self.col.mean")).setAutoWidth(true).setKey("mean");
        grid.addColumn(a -> String.format(getLocale(), "%.0f %%", a.learnShare() * 100))
                .setHeader(getTranslation("survey.self.col.learn")).setAutoWidth(true).setKey("learn");
        grid.addColumn(SelfAssessmentSummary.AreaResult::answers)
                .setHeader(getTranslation("survey.self.col.answers")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(summary.areas());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (UserMessageException ex) {
            se.kompetensresan.shared.ui.Notices.error(getTranslation(ex.messageKey(), ex.args()));
        }
    }
}
