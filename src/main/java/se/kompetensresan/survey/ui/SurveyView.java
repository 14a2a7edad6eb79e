package se.kompetensresan.survey.ui;

import se.kompetensresan.security.RouteIds;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyService;

import java.time.Clock;

/**
 * The survey (kartläggning or uppföljning) of one response, one page per section of the questionnaire version it is
 * pinned to. The company's own users fill it in while it is a draft; coaches, managers, admins (and the company
 * once it has submitted) see it read-only.
 */
@Route("survey/:responseId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "responseId";

    private final SurveyService surveys;
    private final Clock clock;
    private SurveyForm form;
    SurveyPages pages;

    SurveyView(SurveyService surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        setId("survey");
        setMaxWidth("60em");
        setWidthFull();
        addClassName("survey-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.number(event, PARAM);
        form = surveys.load(id);
        removeAll();
        pages = new SurveyPages(surveys, clock, form, false);
        add(pages);
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("survey.title")
                : getTranslation("survey.title." + form.round().name(), form.companyName());
    }
}
