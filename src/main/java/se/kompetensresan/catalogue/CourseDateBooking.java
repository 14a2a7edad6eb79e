package se.kompetensresan.catalogue;

import jakarta.persistence.*;

/**
 * The seats one company's plan action takes on a course date: its planned participants. The company and its
 * delprojekt are kept so that the seats are counted without the other modules and listed only to who may see them.
 */
@Entity
@Table(name = "course_date_booking")
class CourseDateBooking {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "course_date_id", nullable = false)
    Long courseDateId;
    @Column(name = "planned_activity_id", nullable = false, unique = true)
    Long plannedActivityId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "subproject_id", nullable = false)
    Long subprojectId;
    @Column(nullable = false)
    int seats;
}
