package se.kompetensresan.journey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every bean an expression of a BPMN model names exists in the Spring context. */
@SpringBootTest
@ActiveProfiles("test")
class BpmnWiringTest {

    /** Names the engine provides itself, not Spring beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "decisionResult", "authenticatedUserId",
            "true", "false", "null", "empty", "not", "and", "or");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{\\s*!?\\s*([A-Za-z_][A-Za-z0-9_]*)");

    @Autowired
    ApplicationContext ctx;

    @Test
    void everyBeanNamedInAModelExists() throws Exception {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        assertThat(models).isNotEmpty();
        List<String> missing = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Resource r : models) {
            Document doc;
            try (InputStream in = r.getInputStream()) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                doc = factory.newDocumentBuilder().parse(in);
            }
            for (String expression : expressions(doc.getDocumentElement())) {
                if (!expression.contains("${") && !expression.contains("#{")) {
                    continue;
                }
                Matcher m = EXPRESSION.matcher(expression);
                while (m.find()) {
                    String name = m.group(1);
                    if (ENGINE_NAMES.contains(name) || isProcessVariable(name)) {
                        continue;
                    }
                    checked.add(name);
                    if (!ctx.containsBean(name)) {
                        missing.add(r.getFilename() + ": " + name + " in " + expression);
                    }
                }
            }
        }
        assertThat(missing).as("expressions naming unknown beans").isEmpty();
        assertThat(checked).contains("openSurveyDelegate", "journeySettings", "journeyPhaseListener",
                "withdrawJourneyDelegate", "completeJourneyDelegate");
    }

    @Test
    void settingsResolveToIsoStrings() {
        JourneySettings s = (JourneySettings) ctx.getBean(JourneyProcess.BEAN_SETTINGS);
        assertThat(s.getFollowUpDelay()).as("empty: the follow-up delay comes from each project").isEmpty();
        assertThat(s.getSurveyReminderCycle()).isEqualTo("R/P7D");
        assertThat(s.getSurveyEscalationAfter()).isEqualTo("P21D");
        assertThat(s.getCoachTaskDue()).isEqualTo("P14D");
    }

    /** Process variables used in expressions (multi-instance collection, timer dates, conditions). */
    private static boolean isProcessVariable(String name) {
        return name.equals(JourneyProcess.Var.PLANNED_ACTIVITY_IDS) || name.equals(JourneyProcess.Var.TRAINING_ENDS_AT)
                || name.equals(JourneyProcess.Var.PLAN_APPROVED);
    }

    private static List<String> expressions(Element e) {
        List<String> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                out.add(n.getAttributes().item(i).getNodeValue());
            }
        }
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.add(n.getNodeValue());
        }
        for (int i = 0; i < n.getChildNodes().getLength(); i++) {
            collect(n.getChildNodes().item(i), out);
        }
    }
}
