package se.kompetensresan.survey;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KompetensresanApplication;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserService;

/**
 * The application of {@link SavedMeansSavedBrowserTest} in a JVM of its own, so that the test can kill it with
 * kill -9 and start it again on the same H2 file (the arguments are Spring properties: the file's URL, port 0).
 * With {@code -Dsurvey-node.setup=true} it first creates a company user with an open first survey and prints
 * {@code WORLD <username> <responseId>}; every start prints {@code READY <port>}.
 */
public final class SurveyNode {

    private SurveyNode() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KompetensresanApplication.class)
                .profiles("test").run(args);
        if (Boolean.getBoolean("survey-node.setup")) {
            UserService users = ctx.getBean(UserService.class);
            SurveyTestData.World w = SurveyTestData.create(users, ctx.getBean(ProjectService.class),
                    ctx.getBean(CompanyService.class));
            long responseId = ctx.getBean(SurveyService.class).open(w.companyA(), SurveyRound.FIRST);
            SecurityContextHolder.clearContext();
            System.out.println("WORLD " + w.companyUserA() + " " + responseId);
        }
        System.out.println("READY " + ctx.getEnvironment().getProperty("local.server.port"));
        System.out.flush();
    }
}
