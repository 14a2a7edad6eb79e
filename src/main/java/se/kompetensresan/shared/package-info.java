/** Value objects, i18n and small UI helpers used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.kompetensresan.shared;
