package se.kompetensresan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.Geography;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills an empty database with the demo world. Runs in the demo profile only (kompetensresan.demo.enabled).
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DemoSettings props;
    private final UserService users;
    private final ProjectService projects;
    private final CompanyService companies;
    private final Geography geography;
    private final DemoJourneys journeys;
    private final RunAs runAs;
    private final java.time.Clock clock;
    private final se.kompetensresan.company.DeMinimisService deMinimis;

    DemoData(DemoSettings props, UserService users, ProjectService projects, CompanyService companies,
             Geography geography, DemoJourneys journeys, RunAs runAs, java.time.Clock clock,
             se.kompetensresan.company.DeMinimisService deMinimis) {
        this.deMinimis = deMinimis;
        this.clock = clock;
        this.props = props;
        this.users = users;
        this.projects = projects;
        this.companies = companies;
        this.geography = geography;
        this.journeys = journeys;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.enabled() || users.exists("admin")) {
            return;
        }
        LOG.info("Loading demo data (users' password: '{}')", props.password());
        users.create(new UserForm("admin", props.password(), "Alva Admin", "admin@kompetensresan.example", Role.ADMIN, null, Set.of()));
        List<CompanyInfo> karlskoga = runAs.as("admin", this::loadWorld);
        // the journeys walk the first Karlskoga companies of DemoCompanies, each to another phase
        journeys.load(karlskoga, DemoCompanies.KARLSKOGA.stream().map(DemoCompanies.DemoCompany::username).toList());
        LOG.info("Demo data loaded");
    }

    private List<CompanyInfo> loadWorld() {
        // Smart Kompetens för industrin i Östra Mellansverige (ESF project bank, case 2018/00082)
        ProjectInfo smart = project(new ProjectInfo(0, "Smart Kompetens för industrin i Östra Mellansverige",
                "2018/00082", "Region Östergötland", LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31),
                new BigDecimal("101349479"), new BigDecimal("76011660"), 4649, 20, new BigDecimal("320"), 3));
        SubprojectInfo ostergotland = sub(smart, "Region Östergötland", "Region Östergötland", "05", 1400);
        SubprojectInfo eskilstuna = sub(smart, "Eskilstuna", "Eskilstuna kommun", "04", 900);
        SubprojectInfo karlskoga = projects.createSubproject(smart.id(), "Karlskoga", "Karlskoga kommun",
                codes("Karlskoga", "Degerfors"), 800);
        SubprojectInfo uppsala = sub(smart, "Region Uppsala", "Region Uppsala", "03", 750);
        SubprojectInfo vastmanland = sub(smart, "Region Västmanland", "Region Västmanland", "19", 799);

        // Kompetens i Kronoberg: 3 706 566 SEK from the ESF and 1 235 522 SEK from Region Kronoberg
        ProjectInfo kronoberg = project(new ProjectInfo(0, "Kompetens i Kronoberg", null, "Region Kronoberg",
                LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31), new BigDecimal("4942088"),
                new BigDecimal("3706566"), 400, 30, new BigDecimal("300"), 3));
        List<SubprojectInfo> kronobergParts = new ArrayList<>();
        for (String m : List.of("Alvesta", "Lessebo", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult", "Ljungby")) {
            kronobergParts.add(projects.createSubproject(kronoberg.id(), m, m + " kommun", codes(m), 50));
        }

        // Företag i utveckling i Robotdalen: 1.2 MSEK ESF, Lärcentrum Karlskoga, 17 companies in three counties
        ProjectInfo robotdalen = project(new ProjectInfo(0, "Företag i utveckling i Robotdalen", null,
                "Lärcentrum Karlskoga", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), new BigDecimal("1600000"),
                new BigDecimal("1200000"), 170, 25, new BigDecimal("300"), 3));
        List<String> robotCodes = new ArrayList<>();
        for (String county : List.of("18", "04", "19")) {
            robotCodes.addAll(countyCodes(county));
        }
        SubprojectInfo robot = projects.createSubproject(robotdalen.id(), "Robotdalen", "Lärcentrum Karlskoga", robotCodes, 170);

        // the three projects above have ended, so the demo has one running now that companies can apply to on the
        // onboarding page (an example, not a real ESF project)
        int year = LocalDate.now(clock).getYear();
        ProjectInfo orebro = project(new ProjectInfo(0, "Kompetensresan Örebro län (exempel)", null, "Region Örebro län",
                LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), new BigDecimal("8000000"),
                new BigDecimal("6000000"), 300, 30, new BigDecimal("300"), 3));
        sub(orebro, "Örebro län", "Region Örebro län", "18", 300);

        Set<Long> smartParts = Set.of(ostergotland.id(), eskilstuna.id(), karlskoga.id(), uppsala.id(), vastmanland.id());
        String pw = props.password();
        users.create(new UserForm("manager", pw, "Maria Projektledare", "maria@kompetensresan.example", Role.MANAGER, null, smartParts));
        users.create(new UserForm("manager.kronoberg", pw, "Karin Kronoberg", "karin@kompetensresan.example", Role.MANAGER, null,
                new HashSet<>(kronobergParts.stream().map(SubprojectInfo::id).toList())));
        users.create(new UserForm("manager.robotdalen", pw, "Jan Lärcentrum", "jan@kompetensresan.example", Role.MANAGER, null, Set.of(robot.id())));
        users.create(new UserForm("coach", pw, "Eva Lindqvist", "eva@kompetensresan.example", Role.COACH, null, Set.of(karlskoga.id())));
        users.create(new UserForm("coach2", pw, "Johan Berg", "johan@kompetensresan.example", Role.COACH, null, Set.of(karlskoga.id(), eskilstuna.id())));
        users.create(new UserForm("coach.kronoberg", pw, "Sara Nilsson", "sara@kompetensresan.example", Role.COACH, null,
                new HashSet<>(kronobergParts.stream().map(SubprojectInfo::id).toList())));

        List<CompanyInfo> created = new ArrayList<>();
        int n = 0;
        for (DemoCompanies.DemoCompany c : DemoCompanies.KARLSKOGA) {
            n++;
            String municipality = geography.municipalityByName(c.municipality()).orElseThrow().code();
            CompanyInfo company = companies.register(new CompanyForm(DemoCompanies.organisationNumber(n), c.name(),
                    karlskoga.id(), municipality, "Industrivägen " + n + ", " + c.municipality(), c.industryCode(),
                    c.women(), c.men(), "Kontaktperson " + c.name(), c.username() + "@foretag.example", "0586-" + (610000 + n)));
            users.create(new UserForm(c.username(), pw, "HR " + c.name(), c.username() + "@foretag.example", Role.COMPANY,
                    company.id(), Set.of()));
            if (n - 1 == DemoJourneys.Stage.SURVEY_HALF.ordinal()) { // a colleague who answers one survey section
                users.create(new UserForm(DemoJourneys.colleagueOf(c.username()), pw, "Per Produktionschef",
                        DemoJourneys.colleagueOf(c.username()) + "@foretag.example", Role.COMPANY, company.id(), Set.of()));
            }
            created.add(company);
        }
        // de minimis: the company whose training is to be booked (DemoJourneys' BOOKING stage) declared earlier
        // support at 90 % of the cap, so its page and the booking form show the warning
        if (created.size() > DemoJourneys.Stage.BOOKING.ordinal()) {
            deMinimis.correctDeclaration(created.get(DemoJourneys.Stage.BOOKING.ordinal()).id(),
                    List.of("0", "150 000", "120 000"));
        }
        return created;
    }

    /**
     * Creates a demo project with the co-financing rate its figures imply (the part of the budget the ESF does
     * not pay: Smart Kompetens 101 349 479 kr, ESF 76 011 660 kr → 25 %).
     */
    private ProjectInfo project(ProjectInfo p) {
        ProjectInfo created = projects.createProject(p);
        ProjectForm f = projects.form(created.id());
        int rate = ProjectForm.impliedCoFinancingPercent(f.budget(), f.esfSupport())
                .map(r -> r.setScale(0, RoundingMode.HALF_UP).intValue()).orElse(0);
        return projects.save(new ProjectForm(f.id(), f.name(), f.caseNumber(), f.ownerOrganisation(), f.startDate(),
                f.endDate(), f.budget(), f.esfSupport(), rate, f.plannedParticipants(), f.plannedWomenPercent(),
                f.followUpMonths(), f.unitCosts(), f.extraSectors()));
    }

    private SubprojectInfo sub(ProjectInfo project, String name, String owner, String countyCode, int planned) {
        return projects.createSubproject(project.id(), name, owner, countyCodes(countyCode), planned);
    }

    private List<String> countyCodes(String countyCode) {
        return geography.municipalities().stream().filter(m -> m.countyCode().equals(countyCode))
                .map(Geography.Municipality::code).toList();
    }

    private List<String> codes(String... names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(geography.municipalityByName(name).orElseThrow().code());
        }
        return result;
    }

}
