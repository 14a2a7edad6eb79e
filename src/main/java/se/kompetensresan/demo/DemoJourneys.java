package se.kompetensresan.demo;

import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;

import java.util.List;

/** Starts journeys for some demo companies and walks them to different phases. */
@Component
class DemoJourneys {

    void load(List<CompanyInfo> companies) {
        // filled in once the journey module is in place
    }
}
