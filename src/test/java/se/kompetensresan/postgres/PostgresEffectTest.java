package se.kompetensresan.postgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.reporting.Demand;
import se.kompetensresan.reporting.Effect;
import se.kompetensresan.reporting.EffectService;
import se.kompetensresan.reporting.EffectWorld;
import se.kompetensresan.reporting.ExportFormat;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ExportService;
import se.kompetensresan.reporting.GapClosure;
import se.kompetensresan.reporting.ProcurementRule;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The effect and demand queries (and their files) on PostgreSQL give the figures counted by hand in EffectWorld. */
class PostgresEffectTest extends PostgresTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    EffectService effects;
    @Autowired
    ExportService exports;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void effectAndDemandCountOnPostgresAsOnH2() {
        EffectWorld world = new EffectWorld(ctx);
        world.w.runAs(world.w.admin);
        Effect e = effects.effect(world.q2());
        assertThat(e.companies()).isEqualTo(2);
        assertThat(e.areas()).extracting(Effect.AreaEffect::areaCode).containsExactly("WELDING", "LEAN");
        assertThat(e.areas().get(0).stepped()).isEqualTo(2);
        assertThat(e.targeted()).isEqualTo(new GapClosure(2, 5, 2));
        assertThat(e.other()).isEqualTo(new GapClosure(2, 1, 2));
        assertThat(e.byCounty()).extracting(Effect.EffectGroup::key).containsExactly("03", "18");
        assertThat(e.byCompany()).hasSize(2);
        assertThat(e.bySubproject()).hasSize(2);

        Demand d = effects.demand(world.q2());
        assertThat(d.companies()).isEqualTo(6);
        Demand.AreaDemand welding = d.areas().stream().filter(a -> a.areaCode().equals("WELDING")).findFirst().orElseThrow();
        assertThat(welding.companiesWithNeed()).isEqualTo(5);
        assertThat(welding.employeesConcerned()).isEqualTo(10);
        assertThat(welding.proposal()).isEqualTo(ProcurementRule.Proposal.OPEN_COURSE);
        assertThat(welding.participants().total()).isEqualTo(2);

        ByteArrayOutputStream effect = new ByteArrayOutputStream();
        exports.write(world.q2(), ExportKind.EFFECT, ExportFormat.CSV, effect, null);
        assertThat(effect.toString(StandardCharsets.UTF_8).lines()).hasSize(1 + 1 + 2 + 2 + 2 + 2 + 4);
        ByteArrayOutputStream purchases = new ByteArrayOutputStream();
        exports.write(world.q2(), ExportKind.PLANNED_PURCHASES, ExportFormat.CSV, purchases, null);
        assertThat(purchases.toString(StandardCharsets.UTF_8).lines()).hasSize(1 + 6);
    }
}
