package io.newsroom.edition.desk;

import io.newsroom.edition.entity.EditorAccountEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** Checks desk sign-ins against the {@code editor_account} table (bcrypt, via Quarkus' {@link BcryptUtil}). */
@ApplicationScoped
public class EditorAccountService {

    /** A bcrypt hash no password matches, checked for unknown usernames so that both answers take as long. */
    private static final String NO_ACCOUNT = BcryptUtil.bcryptHash("no such editor account");

    /**
     * @param username the username as typed (trimmed, compared lower-case)
     * @param password the password as typed
     * @return the account when the password matches its bcrypt hash, else empty
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EditorAccountEntity> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        EditorAccountEntity account = Panache.getEntityManager().find(EditorAccountEntity.class,
                username.strip().toLowerCase(Locale.ROOT));
        boolean matches = BcryptUtil.matches(password, account == null ? NO_ACCOUNT : account.passwordHash);
        return account != null && matches ? Optional.of(account) : Optional.empty();
    }
}
