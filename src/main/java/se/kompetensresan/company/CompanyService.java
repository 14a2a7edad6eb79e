package se.kompetensresan.company;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.OrganisationNumber;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Consumer;

/** The company register. Every read made for a user is checked against the user's tenant scope. */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    private final CompanyRepository companies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CompanyChangeRepository changes;
    private final ApplicationRules rules;
    private final UserService users;
    private final InvitationMailer invitations;

    CompanyService(CompanyRepository companies, CurrentUser currentUser, Clock clock, CompanyChangeRepository changes,
                   ApplicationRules rules, UserService users, InvitationMailer invitations) {
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changes = changes;
        this.rules = rules;
        this.users = users;
        this.invitations = invitations;
    }

    /** The company, if the current user may see it; refuses (and logs) otherwise. */
    public CompanyInfo get(long companyId) {
        Company c = companies.findById(companyId)
                .orElseThrow(() -> currentUser.refused("unknown company " + companyId));
        currentUser.requireCompanyAccess(c.id, c.subprojectId);
        return toInfo(c);
    }

    /**
     * The company without a tenant check: only for the process glue, which runs without a user and
     * handles ids the engine gave it. Views must use {@link #get(long)}.
     */
    public Optional<CompanyInfo> lookup(long companyId) {
        return companies.findById(companyId).map(CompanyService::toInfo);
    }

    /** Several companies by id in one query, without a tenant check (like {@link #lookup(long)}). */
    public Map<Long, CompanyInfo> lookupAll(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CompanyInfo> out = new HashMap<>();
        companies.findAllById(companyIds).forEach(c -> out.put(c.id, toInfo(c)));
        return out;
    }

    /** Refuses unless the current user may see the company; returns the user. */
    public UserAccount requireAccess(long companyId) {
        Company c = companies.findById(companyId)
                .orElseThrow(() -> currentUser.refused("unknown company " + companyId));
        return currentUser.requireCompanyAccess(c.id, c.subprojectId);
    }

    /**
     * Like {@link #requireAccess} for many companies in one query (an export of 50 000 participants checks its
     * thousands of employers without a look-up each); refused for any unknown id or any company out of scope.
     */
    public UserAccount requireAccessAll(Collection<Long> companyIds) {
        UserAccount u = currentUser.require();
        Set<Long> wanted = new HashSet<>(companyIds);
        List<Company> found = companies.findAllById(wanted);
        if (found.size() != wanted.size()) {
            throw currentUser.refused("unknown companies among " + wanted.size());
        }
        for (Company c : found) {
            currentUser.requireCompanyAccess(c.id, c.subprojectId);
        }
        return u;
    }

    /** True when the current user may see the company. */
    public boolean canAccess(long companyId) {
        try {
            requireAccess(companyId);
            return true;
        } catch (AccessRefusedException e) {
            return false;
        }
    }

    /** The companies the current user may see. */
    public List<CompanyInfo> visible() {
        UserAccount u = currentUser.require();
        List<Company> list = switch (u.role()) {
            case ADMIN -> companies.findAllByOrderByName();
            case COMPANY -> u.companyId() == null ? List.of() : companies.findById(u.companyId()).stream().toList();
            case COACH, MANAGER -> companies.findBySubprojectIdInOrderByName(u.subprojectIds());
        };
        return list.stream().map(CompanyService::toInfo).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public CompanyInfo register(CompanyForm n) {
        OrganisationNumber orgnr = OrganisationNumber.parse(n.organisationNumber());
        if (companies.existsByOrganisationNumberAndSubprojectId(orgnr.digits(), n.subprojectId())) {
            throw new UserMessageException("company.error.duplicate", orgnr.formatted());
        }
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        if (!u.is(Role.ADMIN) && !u.subprojectIds().contains(n.subprojectId())) {
            throw currentUser.refused(u.username() + " tried to register a company in delprojekt " + n.subprojectId());
        }
        return toInfo(create(n, orgnr));
    }

    /** Stores a new company; the caller has checked who may do it. */
    Company create(CompanyForm n, OrganisationNumber orgnr) {
        Company c = new Company();
        c.organisationNumber = orgnr.digits();
        c.name = n.name();
        c.subprojectId = n.subprojectId();
        c.municipalityCode = n.municipalityCode();
        c.visitingAddress = n.visitingAddress();
        c.industryCode = n.industryCode();
        c.employeesWomen = n.employeesWomen();
        c.employeesMen = n.employeesMen();
        c.contactName = n.contactName();
        c.contactEmail = n.contactEmail();
        c.contactPhone = n.contactPhone();
        c.createdAt = clock.instant();
        return companies.save(c);
    }

    /** The id of the signed-in company user's own company ("Vårt företag"). */
    public Optional<Long> myCompanyId() {
        return currentUser.get().filter(u -> u.is(Role.COMPANY)).map(UserAccount::companyId);
    }

    /**
     * Changes a company's contact data (contact person, e-mail, phone, visiting address): the company's own users,
     * its managers and admins. Each changed field is written to the history. Bad input: ApplicationInvalidException.
     */
    @Transactional
    public CompanyInfo updateContact(long companyId, ContactDetails d) {
        UserAccount u = requireAccess(companyId);
        if (u.is(Role.COACH)) {
            throw currentUser.refused(u.username() + " (COACH) tried to change the contact data of company " + companyId);
        }
        var errors = rules.validateContact(d);
        if (!errors.isEmpty()) {
            throw new ApplicationInvalidException(errors);
        }
        Company c = companies.findById(companyId).orElseThrow();
        change(c, u, "contactName", c.contactName, d.contactName().strip(), v -> c.contactName = v);
        change(c, u, "contactEmail", c.contactEmail, d.contactEmail().strip(), v -> c.contactEmail = v);
        change(c, u, "contactPhone", c.contactPhone, d.contactPhone().strip(), v -> c.contactPhone = v);
        change(c, u, "visitingAddress", c.visitingAddress, d.visitingAddress().strip(), v -> c.visitingAddress = v);
        return toInfo(c);
    }

    private void change(Company c, UserAccount u, String field, String old, String now, Consumer<String> set) {
        if (Objects.equals(old, now)) {
            return;
        }
        CompanyChange ch = new CompanyChange();
        ch.companyId = c.id;
        ch.changedBy = u.displayName();
        ch.changedAt = clock.instant();
        ch.field = field;
        ch.oldValue = old;
        ch.newValue = now;
        changes.save(ch);
        set.accept(now);
    }

    /** The history of changes of the company, newest first (tenant-checked). */
    public List<CompanyChangeInfo> history(long companyId) {
        requireAccess(companyId);
        return changes.findByCompanyIdOrderByIdDesc(companyId).stream()
                .map(ch -> new CompanyChangeInfo(ch.changedBy, ch.changedAt, ch.field, ch.oldValue, ch.newValue)).toList();
    }

    /** The company's user accounts (tenant-checked). */
    public List<UserAccount> users(long companyId) {
        requireAccess(companyId);
        return users.ofCompany(companyId);
    }

    /**
     * The company's contact among its users (tenant-checked): the company user whose e-mail is the company's contact
     * e-mail, or, when none has it, the company's first user account. Empty when the company has no users.
     */
    public Optional<UserAccount> contactUser(long companyId) {
        requireAccess(companyId);
        return lookupContactUser(companyId);
    }

    /**
     * Like {@link #contactUser} without a tenant check, for a caller that has checked that the current user is one
     * of the company's own users (each autosave of the survey asks).
     */
    public Optional<UserAccount> lookupContactUser(long companyId) {
        Company c = companies.findById(companyId).orElseThrow();
        List<UserAccount> list = users.ofCompany(companyId).stream().filter(u -> u.is(Role.COMPANY)).toList();
        String email = c.contactEmail == null ? "" : c.contactEmail.strip();
        return list.stream().filter(u -> u.email() != null && !email.isEmpty() && u.email().strip().equalsIgnoreCase(email))
                .min(java.util.Comparator.comparingLong(UserAccount::id))
                .or(() -> list.stream().min(java.util.Comparator.comparingLong(UserAccount::id)));
    }

    /** The company's SNI codes (main first), postal code, town and turnover class, tenant-checked. */
    public CompanyDetails details(long companyId) {
        requireAccess(companyId);
        Company c = companies.findById(companyId).orElseThrow();
        List<String> codes = c.industryCodes == null || c.industryCodes.isBlank()
                ? (c.industryCode == null ? List.of() : List.of(c.industryCode))
                : List.of(c.industryCodes.split(","));
        return new CompanyDetails(codes, c.postalCode, c.town, c.turnoverClass);
    }

    /**
     * Invites a colleague as a COMPANY user of the same company: the company's own users, its managers and admins.
     * The colleague gets an e-mail with a one-time link to set a password. Returns the new username.
     */
    @Transactional
    public String inviteColleague(long companyId, String name, String email) {
        UserAccount u = requireAccess(companyId);
        if (u.is(Role.COACH)) {
            throw currentUser.refused(u.username() + " (COACH) tried to invite a user to company " + companyId);
        }
        var errors = new ArrayList<FieldError>();
        ApplicationRules.text(errors, ApplicationField.CONTACT_NAME, name, "company.error.contact.name.required", ApplicationRules.MAX_TEXT);
        ApplicationRules.emailRule(errors, ApplicationField.CONTACT_EMAIL, email);
        if (errors.stream().noneMatch(x -> x.field() == ApplicationField.CONTACT_EMAIL) && email.strip().length() > 100) {
            // the address becomes the username (at most 100 characters)
            errors.add(new FieldError(ApplicationField.CONTACT_EMAIL, "company.error.text.toolong", java.util.List.of("100")));
        }
        if (!errors.isEmpty()) {
            throw new ApplicationInvalidException(errors);
        }
        Company c = companies.findById(companyId).orElseThrow();
        return invitations.inviteCompanyUser(companyId, c.name, name, email, u.locale());
    }

    static CompanyInfo toInfo(Company c) {
        return new CompanyInfo(c.id, new OrganisationNumber(c.organisationNumber), c.name, c.subprojectId,
                c.municipalityCode, c.visitingAddress, c.industryCode, c.employeesWomen, c.employeesMen,
                c.contactName, c.contactEmail, c.contactPhone);
    }
}
