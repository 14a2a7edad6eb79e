package se.kompetensresan.survey.ui;

import se.kompetensresan.security.RouteIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyService;

import java.time.Clock;

/**
 * The survey (kartläggning or uppföljning) of one response, one page per section of the questionnaire version it is
 * pinned to. The company's contact fills it in while it is a draft and may give sections to colleagues, who answer
 * those (the rest they see read-only, as context for their own); coaches, managers, admins, other colleagues (and
 * the company once it has submitted) see it read-only. The page shown is kept in the address ({@code ?page=3}), so a reload
 * or a bookmark reopens it.
 */
@Route("survey/:responseId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "responseId";
    /** The query parameter with the 1-based page (the last is the summary): a reload reopens where the user was. */
    static final String PAGE = "page";

    private final SurveyService surveys;
    private final CompanyService companies;
    private final Clock clock;
    private SurveyForm form;
    SurveyPages pages;

    SurveyView(SurveyService surveys, CompanyService companies, Clock clock) {
        this.surveys = surveys;
        this.companies = companies;
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
        // a colleague who answers some sections starts on the first of them that is not done
        int start = event.getLocation().getQueryParameters().getSingleParameter(PAGE).map(SurveyView::pageNumber)
                .map(n -> n - 1).orElse(-1);
        if (start < 0) {
            start = form.editable() && !form.contact() ? SurveyPages.firstOwnPage(form) : 0;
        }
        pages = new SurveyPages(surveys, companies, clock, form, false, start, p -> UI.getCurrent().getPage().getHistory()
                .replaceState(null, new Location("survey/" + id, QueryParameters.of(PAGE, String.valueOf(p + 1)))));
        add(pages);
    }

    /** "3" → 3; anything else opens the first page (the page number is where the user was, not an input). */
    private static int pageNumber(String s) {
        return s.matches("\\d{1,3}") ? Integer.parseInt(s) : 1;
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("survey.title")
                : getTranslation("survey.title." + form.round().name(), form.companyName());
    }
}
