package se.kompetensresan.security;

import java.util.Map;

/**
 * Names of the scopes a user account points at, for the users view: delprojekt (the project module) and
 * companies (the company module) implement it, since both sit above this module. Keys are ids.
 */
public interface ScopeDirectory {

    /** {@code "subproject"} or {@code "company"}. */
    String kind();

    /** Id → name of every scope of this kind the signed-in administrator may assign. */
    Map<Long, String> names();
}
