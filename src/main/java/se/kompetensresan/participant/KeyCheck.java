package se.kompetensresan.participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Fails the start-up loudly when the configured keys are not the ones the database was written with: the first
 * start stores a known value encrypted with the encryption key and hashed with the index key; every later start
 * decrypts and re-hashes it. Without this check a wrong key would show up only later, as unreadable numbers and
 * duplicates the blind index no longer finds.
 */
@Component
class KeyCheck implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(KeyCheck.class);
    static final String KNOWN = "kompetensresan-key-check";

    private final IdentityCipher cipher;
    private final JdbcTemplate jdbc;

    KeyCheck(IdentityCipher cipher, JdbcTemplate jdbc) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        verify(cipher);
    }

    /** Stores the check value on the first start; afterwards refuses keys that do not match it. */
    void verify(IdentityCipher keys) {
        List<Map<String, Object>> rows = jdbc.queryForList("select cipher_check, index_check from participant_key_check where id = 1");
        if (rows.isEmpty()) {
            jdbc.update("insert into participant_key_check (id, cipher_check, index_check) values (1, ?, ?)",
                    keys.encrypt(KNOWN), keys.index(KNOWN));
            LOG.info("participant keys: check value stored (first start)");
            return;
        }
        String storedCipher = (String) rows.get(0).get("cipher_check");
        String storedIndex = (String) rows.get(0).get("index_check");
        boolean cipherOk;
        try {
            cipherOk = KNOWN.equals(keys.decrypt(storedCipher));
        } catch (IllegalStateException e) {
            cipherOk = false;
        }
        if (!cipherOk) {
            throw new IllegalStateException("kompetensresan.participant.encryption-key is not the key this database "
                    + "was written with: refusing to start (personnummer would be unreadable)");
        }
        if (!keys.index(KNOWN).equals(storedIndex)) {
            throw new IllegalStateException("kompetensresan.participant.index-key is not the key this database "
                    + "was written with: refusing to start (duplicates and look-ups would fail)");
        }
    }
}
