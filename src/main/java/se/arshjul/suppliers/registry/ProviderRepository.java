package se.arshjul.suppliers.registry;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProviderRepository extends ListCrudRepository<Provider, Long> {
    Optional<Provider> findByOrgNr(String orgNr);
}
