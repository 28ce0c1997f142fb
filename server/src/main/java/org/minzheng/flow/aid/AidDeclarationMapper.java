package org.minzheng.flow.aid;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

/** The household's declaration of income and assets, kept with the application. */
@Mapper
interface AidDeclarationMapper {

	@Update("UPDATE aid_application SET declared_income_fen = #{d.monthlyIncomeFen}, "
			+ "declared_assets_fen = #{d.financialAssetsFen}, declared_vehicles = #{d.vehicles}, "
			+ "declared_properties = #{d.otherProperties}, declaration_signed = #{d.signed} WHERE id = #{id}")
	int store(@Param("id") long applicationId, @Param("d") SubmitApplication.Declaration declaration);

}
