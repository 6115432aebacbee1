package io.newsroom.edition.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One day's edition of a paper: its pages and its publications. */
@Entity
@Table(name = "edition")
public class EditionEntity {

    /** Surrogate key. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The paper's code in article-service's paper registry. */
    @Column(name = "paper_code")
    public String paperCode;

    /** The edition date (the day the paper is printed for). */
    @Column(name = "edition_date")
    public LocalDate date;

    /** Workflow state. */
    @Enumerated(EnumType.STRING)
    public EditionStatus status;

    /** When the first page of the edition arrived. */
    public Instant createdAt;

    /** Pages by number. */
    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<PageEntity> pages = new ArrayList<>();

    /** Successful publications, oldest first. */
    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    public List<PublicationEntity> publications = new ArrayList<>();
}
