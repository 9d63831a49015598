package se.arshjul.suppliers;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {
    boolean existsByName(String name);
}
