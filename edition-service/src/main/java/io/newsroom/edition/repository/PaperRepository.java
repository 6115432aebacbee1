package io.newsroom.edition.repository;

import io.newsroom.edition.entity.PaperEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Papers by code. */
@ApplicationScoped
public class PaperRepository implements PanacheRepositoryBase<PaperEntity, String> {
}
