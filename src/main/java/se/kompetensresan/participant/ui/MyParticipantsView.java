package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The company's own participants ("Våra deltagare"): add, edit, end, import from the HR system's list, and the
 * company's training activities with a link to each one's attendance grid.
 */
@Route("my-company/participants")
@Menu(order = 4, title = "participant.menu.mine", icon = "vaadin:user-card")
@RolesAllowed({"COMPANY"})
class MyParticipantsView extends VerticalLayout implements HasDynamicTitle {

    private final ParticipantService participants;
    private final Grid<ParticipantInfo> grid;
    private final Span count = new Span();
    private final long companyId;
    private final LocalDate today;

    MyParticipantsView(ParticipantService participants, CompanyService companies, TrainingService training, Clock clock) {
        this.participants = participants;
        this.today = LocalDate.now(clock);
        setId("my-participants-view");
        setSizeFull();
        companyId = companies.myCompanyId().orElseThrow();
        add(new H1(getTranslation("participant.mine.title")));
        add(new Paragraph(getTranslation("participant.mine.intro")));

        Button add = new Button(getTranslation("participant.add"), VaadinIcon.PLUS.create(),
                e -> new ParticipantDialog(null, today, n -> participants.add(companyId, n), this::refresh).open());
        add.setId("participant-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importList = new Button(getTranslation("participant.import"), VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(companyId, participants, this::refresh).open());
        importList.setId("participant-import");
        Anchor signing = new Anchor("signing", getTranslation("participant.mine.signingLink"));
        signing.setId("participant-signing-link");
        HorizontalLayout actions = new HorizontalLayout(add, importList, signing);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);

        grid = ParticipantGrid.create("my-participants-grid", null, today);
        grid.addComponentColumn(p -> {
            Button edit = new Button(getTranslation("participant.edit"), e -> new ParticipantDialog(p, today,
                    n -> participants.update(p.id(), n), this::refresh).open());
            edit.setId("participant-edit-" + p.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button end = new Button(getTranslation("participant.end"), e -> new EndParticipantDialog(p, participants,
                    today, this::refresh).open());
            end.setId("participant-end-" + p.id());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            end.setVisible(p.endDate() == null);
            Anchor open = new Anchor("participant/" + p.id(), getTranslation("participant.open"));
            open.setId("participant-open-" + p.id());
            return new HorizontalLayout(open, edit, end);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("24em");
        count.setId("my-participants-count");
        add(actions, count, grid);

        add(new H2(getTranslation("participant.mine.activities")));
        VerticalLayout list = new VerticalLayout();
        list.setId("my-activities");
        list.setPadding(false);
        list.setSpacing(false);
        for (TrainingActivityInfo a : training.activitiesOf(companyId)) {
            Anchor link = new Anchor("training/attendance/" + a.id(), getTranslation("participant.mine.activity",
                    a.courseName(), a.startDate(), a.endDate()));
            link.setId("activity-attendance-" + a.id());
            list.add(link);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Span(getTranslation("participant.mine.noActivities")));
        }
        add(list);
        refresh();
    }

    private void refresh() {
        var all = participants.ofCompany(companyId);
        grid.setItems(all);
        long women = all.stream().filter(p -> p.gender() == Gender.WOMAN).count();
        count.setText(getTranslation("participant.register.count", all.size(), women, all.size() - women));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.mine.title");
    }
}
