package se.arshjul.suppliers.registry;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementMemberRepository extends ListCrudRepository<AgreementMember, Long> {
    List<AgreementMember> findByAgreementId(Long agreementId);
    List<AgreementMember> findByProviderId(Long providerId);
    List<AgreementMember> findByAgreementIdAndProviderId(Long agreementId, Long providerId);
}
