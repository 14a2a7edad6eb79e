package se.kompetensresan.catalogue;

/** How a course is given: in the provider's classroom, online, or on site at the company. */
public enum CourseDelivery {
    CLASSROOM, ONLINE, ON_SITE
}
