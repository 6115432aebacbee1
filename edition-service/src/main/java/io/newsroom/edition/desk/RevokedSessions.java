package io.newsroom.edition.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The denylist of desk sessions ended by 退出 (table {@code revoked_session}, migration V5; README "Desk security"):
 * a session token's id ({@code jti}) stays on it until the token would have expired anyway, and every replica reads
 * it on every request that carries a desk token (no cache: one primary-key lookup), so a signed-out cookie is refused
 * at once everywhere.
 */
@ApplicationScoped
public class RevokedSessions {

    @Inject
    EntityManager entityManager;

    /**
     * Revokes a session token and deletes the rows of tokens that expired meanwhile.
     *
     * @param jti       the token's id
     * @param expiresAt when the token expires ({@code exp})
     */
    @Transactional
    public void revoke(String jti, Instant expiresAt) {
        entityManager.createNativeQuery("delete from {h-schema}revoked_session where expires_at < now()")
                .executeUpdate();
        entityManager.createNativeQuery("insert into {h-schema}revoked_session (jti, expires_at) values (?1, ?2) "
                + "on conflict (jti) do nothing").setParameter(1, jti).setParameter(2, Timestamp.from(expiresAt))
                .executeUpdate();
    }

    /**
     * @param jti a session token's id
     * @return whether it was revoked
     */
    @Transactional
    public boolean isRevoked(String jti) {
        return !entityManager.createNativeQuery("select 1 from {h-schema}revoked_session where jti = ?1")
                .setParameter(1, jti).getResultList().isEmpty();
    }
}
