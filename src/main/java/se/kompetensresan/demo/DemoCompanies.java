package se.kompetensresan.demo;

import se.kompetensresan.shared.Luhn;

import java.util.List;

/** The companies of the Karlskoga part of Smart Kompetens (seed page), with made-up but valid register data. */
final class DemoCompanies {
    private DemoCompanies() {
    }

    record DemoCompany(String name, String username, String municipality, String industryCode, int women, int men) {
    }

    static final List<DemoCompany> KARLSKOGA = List.of(
            new DemoCompany("Bharat Forge Kilsta", "kilsta", "Karlskoga", "25.500", 38, 212),
            new DemoCompany("Bröderna Axelssons Plåtslageri", "axelssons", "Karlskoga", "25.110", 3, 17),
            new DemoCompany("Cambrex", "cambrex", "Karlskoga", "21.100", 61, 94),
            new DemoCompany("Defab", "defab", "Karlskoga", "25.620", 4, 28),
            new DemoCompany("Deform", "deform", "Karlskoga", "25.500", 5, 41),
            new DemoCompany("ESAB AB Welding Equipment", "esab", "Karlskoga", "27.900", 40, 180),
            new DemoCompany("Eurenco", "eurenco", "Karlskoga", "20.510", 22, 96),
            new DemoCompany("Ka automation", "kaautomation", "Karlskoga", "28.990", 2, 14),
            new DemoCompany("Karlskoga Automatsvarvning", "automatsvarvning", "Karlskoga", "25.620", 6, 35),
            new DemoCompany("KVT Karlskoga Verktygsteknik", "kvt", "Karlskoga", "25.730", 3, 22),
            new DemoCompany("Lyckes Produktionsverktyg AB", "lyckes", "Degerfors", "25.730", 2, 11),
            new DemoCompany("Maintpartner AB", "maintpartner", "Karlskoga", "33.120", 9, 120),
            new DemoCompany("Moelven", "moelven", "Karlskoga", "16.100", 12, 70),
            new DemoCompany("Nobel Biocare", "nobelbiocare", "Karlskoga", "32.500", 95, 110),
            new DemoCompany("Outokumpu", "outokumpu", "Degerfors", "24.100", 45, 230),
            new DemoCompany("Partnertech Karlskoga AB", "partnertech", "Karlskoga", "26.110", 48, 87),
            new DemoCompany("PBH Teknik AB", "pbh", "Karlskoga", "28.220", 4, 26),
            new DemoCompany("Recipharm AB", "recipharm", "Karlskoga", "21.200", 70, 80),
            new DemoCompany("Rejlers", "rejlers", "Karlskoga", "33.140", 8, 30),
            new DemoCompany("Scana Steel", "scana", "Karlskoga", "24.100", 14, 160),
            new DemoCompany("Toroma Automation AB", "toroma", "Karlskoga", "28.990", 2, 19),
            new DemoCompany("Weld Cut", "weldcut", "Degerfors", "25.620", 1, 12),
            new DemoCompany("ÅF", "af", "Karlskoga", "33.200", 10, 25));

    /** A valid organisationsnummer for the n:th demo company: 5560NNNNN + Luhn check digit (aktiebolag). */
    static String organisationNumber(int n) {
        String nine = String.format("55%07d", 6_100_000 + n * 37);
        for (int check = 0; check <= 9; check++) {
            if (Luhn.valid(nine + check)) {
                return nine.substring(0, 6) + "-" + nine.substring(6) + check;
            }
        }
        throw new IllegalStateException();
    }
}
