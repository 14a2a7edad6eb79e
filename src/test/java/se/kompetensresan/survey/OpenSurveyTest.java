package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserService;

/** Base of the survey service tests: a fresh world with company A's first-round response open, signed in as its user. */
@SpringBootTest
@ActiveProfiles("test")
abstract class OpenSurveyTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    long responseId;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(users, projects, companies);
        responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        SurveyTestData.runAs(users, w.companyUserA());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }
}
